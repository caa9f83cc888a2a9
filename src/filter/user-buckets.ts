import type { FilterDimension, Filters } from './filter-model';

/** Imported features grouped by where they lie: the filter's counts need no more than this. */
export interface WhereBucket {
  county: string | null;
  zones: readonly string[];
  count: number;
}

/** A layer's features grouped by where they lie, and each feature's group. */
export interface LayerBuckets {
  buckets: WhereBucket[];
  /** The index in `buckets` of each feature's group. */
  bucketOf: Uint32Array;
}

type Located = { properties: Record<string, unknown> };
// A layer's features never change once imported: grouped once, whatever the filter does later.
const cache = new WeakMap<readonly Located[], LayerBuckets>();

/** Groups features by their county and zones (from the import's spatial join). */
export function bucketsOf(features: readonly Located[]): LayerBuckets {
  const cached = cache.get(features);
  if (cached) return cached;
  const byKey = new Map<string, number>();
  const buckets: WhereBucket[] = [];
  const bucketOf = new Uint32Array(features.length);
  for (const [i, f] of features.entries()) {
    const county = typeof f.properties.__county === 'string' ? f.properties.__county : null;
    const zones = String(f.properties.__zones ?? '');
    const key = `${county}|${zones}`;
    let at = byKey.get(key);
    if (at === undefined) {
      at = buckets.push({ county, zones: zones.split(',').filter(Boolean), count: 0 }) - 1;
      byKey.set(key, at);
    }
    buckets[at]!.count += 1;
    bucketOf[i] = at;
  }
  const grouped = { buckets, bucketOf };
  cache.set(features, grouped);
  return grouped;
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
