/**
 * Builds geodata/plan.json from the plan's text file.
 *   npx tsx scripts/plan/build-plan.ts
 * The seed is ../shared/seed/000_271d3f2f514edc40.txt (from the repo root) unless
 * PLAN_TEXT names another file. The output is deterministic: re-running it on the
 * same text writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { PLAN_JSON, REPO_ROOT, readSeed, seedFileName, seedPath } from './files';
import { parsePlan, serializePlan } from './parse-plan';

const path = seedPath();
const plan = parsePlan(readSeed(path), seedFileName(path));
writeFileSync(PLAN_JSON, serializePlan(plan));
console.log(
  `${relative(REPO_ROOT, PLAN_JSON)}: ${plan.parts.length} parts, ${plan.chapters.length} chapters, ` +
    `${plan.sections.length} sections, ${plan.paragraphs.length} paragraphs, ${plan.columns.length} columns, ` +
    `${plan.figures.length} figures, ${plan.notes.length} notes`,
);
