import { LIMITS } from './limits';
import type { ImportedProperties } from './types';

type Value = string | number | boolean | null;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SanitizedProperties {
  properties: ImportedProperties;
  truncatedValues: number;
  /** `__proto__`, `constructor`, `prototype`. */
  forbiddenKeys: number;
  /** Keys past the per-feature limit. */
  overLimitKeys: number;
  /** User keys starting with `__`, renamed to `user__…`. */
  renamedKeys: number;
}

function stringify(value: object): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    // Cycles or nesting too deep for the stack: keep a marker instead of failing the feature.
    return '[unreadable value]';
  }
}

function plainValue(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'object') return stringify(value);
  return null;
}

/** Reserved `__` keys belong to the importer (`__county`, `__zones`), so a user's are renamed. */
export function userKey(key: string): string {
  return key.startsWith('__') ? `user${key}` : key;
}

/** Flatten untrusted properties to plain values: no prototype keys, no reserved keys, bounded sizes. */
export function sanitizeProperties(raw: unknown): SanitizedProperties {
  // A Map, not an object, while collecting: a key such as `__proto__` can never reach a prototype.
  const collected = new Map<string, Value>();
  let truncatedValues = 0;
  let forbiddenKeys = 0;
  let overLimitKeys = 0;
  let renamedKeys = 0;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    for (const key of Object.keys(raw)) {
      if (FORBIDDEN_KEYS.has(key)) {
        forbiddenKeys++;
        continue;
      }
      if (collected.size >= LIMITS.propertiesPerFeature) {
        overLimitKeys++;
        continue;
      }
      let value = plainValue((raw as Record<string, unknown>)[key]);
      if (typeof value === 'string' && value.length > LIMITS.propertyChars) {
        value = value.slice(0, LIMITS.propertyChars);
        truncatedValues++;
      }
      const safeKey = userKey(key);
      if (safeKey !== key) renamedKeys++;
      collected.set(safeKey.slice(0, 200), value);
    }
  }
  // Object.fromEntries defines own data properties, so even odd keys stay plain data.
  return { properties: Object.fromEntries(collected), truncatedValues, forbiddenKeys, overLimitKeys, renamedKeys };
}
