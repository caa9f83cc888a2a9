/**
 * Builds geodata/links.json (the key projects, and which passages and projects
 * concern which map features) from geodata/plan.json and the feature files.
 *   npx tsx scripts/links/build-links.ts
 * Deterministic; fails, naming the id, on any reference that does not exist.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildLinks } from './build';
import { GEODATA_DIR, LINKS_JSON, REPO_ROOT, readLinkInputs } from './files';
import { serializeLinks } from './serialize';

try {
  const { plan, places } = readLinkInputs(GEODATA_DIR);
  const { links } = buildLinks(plan, places);
  writeFileSync(LINKS_JSON, serializeLinks(links));
  const refs = Object.values(links.byFeature).reduce((n, list) => n + list.length, 0);
  const mentioned = Object.values(links.byFeature).filter((list) => list.some((r) => !r.primary)).length;
  console.log(
    `${relative(REPO_ROOT, LINKS_JSON)}: ${links.projects.length} projects, ${refs} feature refs ` +
      `(${mentioned} of ${places.length} features mentioned), ${Object.keys(links.spans).length} refs with spans, ` +
      `${links.unresolved.length} unresolved`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
