import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Area<P> = Feature<Polygon | MultiPolygon, P>;

/**
 * Simplifies polygons that share borders without opening gaps between them:
 * the shared borders become TopoJSON arcs, so each is simplified once and both
 * neighbours keep the same line. `minArea` is in square degrees (Visvalingam).
 */
export function simplifySharedBorders<P>(features: Area<P>[], minArea: number): Area<P>[] {
  const collection = { type: 'FeatureCollection', features } as FeatureCollection;
  const topo = topology({ areas: collection }) as unknown as Topology<{ areas: GeometryCollection }>;
  const simplified = simplify(presimplify(topo), minArea);
  const out = topoFeature(simplified, simplified.objects.areas) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    P
  >;
  return out.features;
}
