/**
 * Builds geodata/indicators.json (专栏1 and 专栏2 as indicators) from geodata/plan.json.
 *   npx tsx scripts/plan/build-indicators.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT, readPlanJson } from './files';
import { buildIndicators, serializeIndicators } from './indicators/build';

const data = buildIndicators(readPlanJson());
writeFileSync(resolve(REPO_ROOT, 'geodata/indicators.json'), serializeIndicators(data));
const reviewed = data.indicators.filter((i) => i.alignment === 'reviewed');
console.log(
  `geodata/indicators.json: ${data.indicators.length} indicators, ${reviewed.length} reviewed rows ` +
    `(${reviewed.filter((i) => !i.placementCertain).length} with an uncertain placement)`,
);
