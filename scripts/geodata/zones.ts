import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ZoneId, ZoneProps } from '../../src/data/types';
import type { CountyFeature } from './counties';
import { ZONE_FACTS } from './zone-facts';

type Area = Feature<Polygon | MultiPolygon>;

/**
 * Dissolves the pieces of one zone (whole counties and parts of split
 * counties) into one shape. The pieces share their borders exactly (one
 * topology), so the dissolved edge is the county border itself.
 */
export function dissolveZone(id: Exclude<ZoneId, 'corridor'>, pieces: Area[], counties: CountyFeature[]) {
  const fact = ZONE_FACTS.find((z) => z.id === id)!;
  const merged = pieces.length === 1 ? pieces[0]! : union(featureCollection(pieces));
  if (!merged) throw new Error(`zones: ${id} dissolved to nothing`);
  const properties: ZoneProps = {
    kind: 'zone',
    id,
    name: fact.name,
    name_en: fact.name_en,
    counties: counties.filter((c) => c.properties.zones.includes(id)).map((c) => c.properties.id),
    source: `dissolved from the county outlines of counties.geojson (第三章第一节)${
      id === 'core' ? '' : '; the split of 仲巴县 and 萨嘎县 is schematic (示意)'
    }`,
    precision: id === 'core' ? 'source' : 'schematic',
  };
  return { type: 'Feature' as const, properties, geometry: merged.geometry };
}
