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
const zoneId = z.enum(['core', 'eco-belt', 'border-belt', 'corridor']);
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

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
  z.object({ ...base, kind: z.literal('country-label') }),
]);

export function schemaProblems(file: string, features: { properties: unknown }[]): string[] {
  return features.flatMap((f, i) => {
    const result = featureProps.safeParse(f.properties);
    if (result.success) return [];
    const id = (f.properties as { id?: string } | null)?.id ?? `#${i}`;
    return result.error.issues.map((issue) => `${file}: ${id}: ${issue.path.join('.')}: ${issue.message}`);
  });
}
