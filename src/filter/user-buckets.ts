import type { FilterDimension, Filters } from './filter-model';

/** Imported features grouped by where they lie: the filter's counts need no more than this. */
export interface WhereBucket {
  county: string | null;
  zones: readonly string[];
  count: number;
}

/** Groups features by their county and zones (from the import's spatial join). */
export function bucketsOf(features: readonly { properties: Record<string, unknown> }[]): WhereBucket[] {
  const byKey = new Map<string, WhereBucket>();
  for (const f of features) {
    const county = typeof f.properties.__county === 'string' ? f.properties.__county : null;
    const zones = String(f.properties.__zones ?? '');
    const key = `${county}|${zones}`;
    const bucket = byKey.get(key);
    if (bucket) bucket.count += 1;
    else byKey.set(key, { county, zones: zones.split(',').filter(Boolean), count: 1 });
  }
  return [...byKey.values()];
}

/**
 * Whether imported features of a bucket pass the filter. Only the "where"
 * dimensions (zones, counties) speak of the user's data; the "what" ones choose
 * among the plan's kinds and leave imported layers as they are.
 */
export function bucketPasses(b: WhereBucket, f: Filters, ignore?: FilterDimension): boolean {
  if (ignore !== 'zones' && f.zones.length > 0 && !f.zones.some((z) => b.zones.includes(z))) return false;
  if (ignore !== 'counties' && f.counties.length > 0 && !f.counties.includes(b.county ?? '')) return false;
  return true;
}

/** How many imported features a "where" option would show (0 for the other dimensions). */
export function bucketOptionCount(
  buckets: readonly WhereBucket[],
  f: Filters,
  dimension: FilterDimension,
  value: string,
) {
  if (dimension !== 'zones' && dimension !== 'counties') return 0;
  return buckets
    .filter(
      (b) => bucketPasses(b, f, dimension) && (dimension === 'zones' ? b.zones.includes(value) : b.county === value),
    )
    .reduce((n, b) => n + b.count, 0);
}
