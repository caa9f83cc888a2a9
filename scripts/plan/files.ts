import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../src/data/plan-types';

/** The repository root (this file is scripts/plan/files.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The plan text (a committed copy of shared/seed), unless PLAN_TEXT says otherwise (relative to the repo root). */
export const DEFAULT_SEED = 'geodata/sources/plan/000_271d3f2f514edc40.txt';

/** The committed output. */
export const PLAN_JSON = resolve(REPO_ROOT, 'geodata/plan.json');

/** The seed path: $PLAN_TEXT (absolute, or relative to the repo root) or the default. */
export function seedPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.PLAN_TEXT;
  return resolve(REPO_ROOT, configured && configured !== '' ? configured : DEFAULT_SEED);
}

export function seedFileName(path: string): string {
  return basename(path);
}

export function readSeed(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Reads a plan.json (the committed one by default). */
export function readPlanJson(path: string = PLAN_JSON): Plan {
  const plan: Plan = JSON.parse(readFileSync(path, 'utf8'));
  return plan;
}
