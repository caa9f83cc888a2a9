import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../src/data/plan-types';
import { type Place, readPlaces } from './places';

/** The repository root (this file is scripts/links/files.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GEODATA_DIR = resolve(REPO_ROOT, 'geodata');
export const LINKS_JSON = join(GEODATA_DIR, 'links.json');

export interface LinkInputs {
  plan: Plan;
  places: Place[];
}

/** Reads plan.json and the feature files of a geodata directory. */
export function readLinkInputs(dir: string = GEODATA_DIR): LinkInputs {
  const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as Plan;
  return { plan, places: readPlaces(dir) };
}
