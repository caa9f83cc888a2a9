import { z } from 'zod';

/**
 * The schema of every feature in geodata/, a discriminated union on `kind`
 * that mirrors src/data/types.ts. A failure names the file, the id and the field.
 */
const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ASCII id'),
  name: z.string().min(1),
  name_en: z
    .string()
    .min(1)
    .regex(/^[^\u4e00-\u9fff]*$/, 'no Chinese in name_en'),
  source: z.string().min(10),
  precision: z.enum(['source', 'town-centre', 'approximate', 'schematic']),
};
export const WORK_KINDS = [
  'road',
  'railway',
  'airport',
  'tunnel',
  'water-hub',
  'reservoir',
  'irrigation',
  'power',
  'pipeline',
  'hazard',
  'protected-area',
  'heritage',
] as const;
/** Rivers and lakes: GSHHG names nothing, so a name (with its source) is optional. */
const water = {
  id: base.id,
  name: base.name.optional(),
  name_en: base.name_en.optional(),
  name_source: z.string().min(10).optional(),
  source: z.string().regex(/^GSHHG \d+\.\d+\.\d+ /, 'GSHHG and its version'),
  precision: z.literal('source'),
};
const zoneId = z.enum(['core', 'eco-belt', 'border-belt', 'corridor']);
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A work of geodata/works.geojson: its own precision, and no precision when unplaced (its source says why). */
const work = z
  .object({
    id: base.id,
    name: base.name,
    name_en: base.name_en,
    kind: z.enum(WORK_KINDS),
    sector: z.enum(['transport', 'energy', 'water', 'safety', 'protection', 'heritage']),
    status: z.enum(['built', 'start-building', 'preparatory', 'study']).optional(),
    status_words: z.array(z.string().min(1)).min(1).optional(),
    passages: z.array(z.string().regex(/^c\d\d(\.s\d+)?\.p\d+$/)),
    projects: z.array(z.string().regex(/^col\d\d\.g\d+\.i\d+\.p\d+$/)),
    counties: z.array(z.string().regex(/^county-5402\d\d$/)),
    zones: z.array(zoneId),
    placed: z.boolean(),
    source: z.string().min(10),
    precision: z.enum(['exact', 'approximate', 'schematic']).nullable(),
    unplaced_reason: z.string().min(10).optional(),
    checked: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((w) => w.placed === (w.precision !== null && !w.unplaced_reason), {
    message: 'a placed work has a source and a precision; an unplaced one has a reason instead',
  })
  .refine((w) => (w.kind === 'heritage' || w.kind === 'protected-area') === (w.status === undefined), {
    message: 'every work but heritage sites and protected areas has a status',
  });

export const featureProps = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('county'),
    code: z.string().regex(/^5402\d\d$/),
    seat: z.string().min(2),
    seat_en: z.string().min(2),
    zones: z.array(zoneId).min(1).max(2),
    border: z.boolean(),
    split: z.boolean(),
    label_at: lngLat,
  }),
  z.object({ ...base, kind: z.literal('zone'), id: zoneId, counties: z.array(z.string()).min(1) }),
  z.object({
    ...base,
    kind: z.literal('county-part'),
    county: z.string(),
    zone: z.enum(['eco-belt', 'border-belt']),
    townships: z.array(z.string().regex(/^\d{9}$/)).min(1),
    township_basis: z
      .array(
        z.object({
          code: z.string().regex(/^\d{9}$/),
          name: z.string().regex(/[乡镇]$/),
          basis: z.enum(['village-record', 'geometric']),
          border_villages: z.array(z.string().regex(/村$/)),
          sources: z.array(z.string().url()),
        }),
      )
      .min(1),
  }),
  z.object({ ...base, kind: z.literal('split-line'), county: z.string() }),
  z.object({
    ...base,
    kind: z.literal('corridor-axis'),
    anchor: z.string(),
    roads: z.array(z.string()),
    via: z.array(z.string()).min(2),
  }),
  z.object({ ...base, kind: z.literal('neighbour'), label_at: lngLat }),
  z.object({
    ...base,
    kind: z.literal('town'),
    code: z.string().regex(/^5402\d{2}(\d{3})?$/),
    tier: z.enum(['central-city', 'key-node', 'node', 'key-township']),
    tier_name: z.enum(['中心城市', '重要节点城镇', '节点乡镇', '重点乡镇']),
    county: z.string().regex(/^county-5402\d\d$/),
    county_name: z.string(),
    is_county_seat: z.boolean(),
    roles: z.array(
      z.enum(['regional-centre', 'sub-centre', 'featured-town', 'to-town', 'tourism-node', 'western-circle']),
    ),
    role_quotes: z.array(z.string().min(4)),
    checked: z.string().optional(),
    note: z.string().optional(),
    zones: z.array(zoneId).min(1),
  }),
  z.object({
    ...base,
    kind: z.literal('port'),
    port_type: z.enum(['口岸', '边贸通道', '边贸市场', '物流设施']),
    status: z.enum(['expand', 'set-up', 'study']),
    county: z.string().regex(/^county-5402\d\d$/),
    county_name: z.string(),
    plan_quote: z.string().min(4),
    name_is_composed: z.boolean(),
    note: z.string().optional(),
    zones: z.array(zoneId).min(1),
  }),
  z.object({
    ...base,
    kind: z.literal('park'),
    parent: z.string().nullable(),
    category: z.enum(['经济开发区', '农业园区', '文化旅游园区', '开发开放试验区', '数字产业园']),
    county: z.string().nullable(),
    county_name: z.string().nullable(),
    focus: z.string().min(10),
    located: z.boolean(),
    note: z.string().optional(),
    zones: z.array(zoneId).min(1),
  }),
  z.object({
    ...base,
    kind: z.literal('route'),
    route_type: z.enum(['tourism', 'cross-border']),
    stops: z.array(z.string()).min(2),
    stops_en: z.array(z.string().regex(/^[^\u3400-\u9fff]+$/)).min(2),
    zones: z.array(zoneId).min(1),
  }),
  z.object({ ...base, kind: z.literal('country-label') }),
  work,
  z.object({ ...water, kind: z.literal('river'), level: z.number().int().min(0).max(4) }),
  z.object({
    ...water,
    kind: z.literal('river-name'),
    name: base.name,
    name_en: base.name_en,
    name_source: z.string().min(10),
  }),
  z.object({ ...water, kind: z.literal('lake'), area_km2: z.number().positive() }),
  z.object({ ...base, kind: z.literal('peak'), elevation_m: z.number().min(7000).max(8848.86) }),
  z.object({ ...base, kind: z.literal('national-border'), id: z.literal('national-border') }),
]);

export function schemaProblems(file: string, features: { properties: unknown }[]): string[] {
  return features.flatMap((f, i) => {
    const result = featureProps.safeParse(f.properties);
    if (result.success) return [];
    const id = (f.properties as { id?: string } | null)?.id ?? `#${i}`;
    return result.error.issues.map((issue) => `${file}: ${id}: ${issue.path.join('.')}: ${issue.message}`);
  });
}
