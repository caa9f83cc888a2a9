/**
 * The text–map audit (图文一致性检查): checks the plan's text against the
 * committed data and writes the report as docs/audit.md and geodata/audit.json.
 *   npm run audit
 * Exits non-zero on a count the plan states that the data contradict, unless
 * scripts/audit/reviewed-counts.ts explains it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_DIR, REPO_ROOT } from '../links/files';
import { buildAudit } from './build-report';
import { readAuditInputs } from './inputs';
import { auditJson, auditMarkdown, statusTally } from './markdown';

try {
  const { report, failures } = buildAudit(readAuditInputs(GEODATA_DIR));
  writeFileSync(join(REPO_ROOT, 'docs', 'audit.md'), auditMarkdown(report));
  writeFileSync(join(GEODATA_DIR, 'audit.json'), auditJson(report));
  for (const section of report.sections)
    console.log(
      `${section.id}: ${section.rows.length} rows${section.rows.length ? ` (${statusTally(section.rows)})` : ''}`,
    );
  console.log('wrote docs/audit.md and geodata/audit.json');
  if (failures.length > 0) {
    console.error(`audit: ${failures.length} count(s) disagree with the data, unexplained:`);
    for (const failure of failures) console.error(`  ${failure}`);
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
