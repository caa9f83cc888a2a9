import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { bucketsOf } from '../../filter/user-buckets';
import { mapSourceOf } from '../../import/map-source';
import type { ImportedFeature } from '../../import/types';
import { bucketCountKey, USER_TILE_MAX_ZOOM as MAX_ZOOM, USER_TILE_LAYER } from './tiles-protocol';

// As MapLibre's GeoJSON source: tiles of 512 px in 4096 units, a 128 px buffer, 0.375 px tolerance.
const EXTENT = 4096;
const UNITS_PER_PX = EXTENT / 512;
/** Clustering as the layer style expects it: 45 px, up to zoom 9. */
const CLUSTER = { radius: 45 * UNITS_PER_PX, maxZoom: 9, extent: EXTENT };

/** The tile index of a layer's features; a clustered layer's clusters count their points per group of where they lie. */
export function tileIndex(list: readonly ImportedFeature[], clustered: boolean): GeoJSONVT {
  const source = mapSourceOf(list);
  if (!clustered) {
    return new GeoJSONVT(source, {
      maxZoom: MAX_ZOOM,
      extent: EXTENT,
      buffer: 128 * UNITS_PER_PX,
      tolerance: 0.375 * UNITS_PER_PX,
    });
  }
  // Each point carries its group's number; a cluster sums the groups it holds, so the filter can count it.
  const { bucketOf } = bucketsOf(list);
  for (const [i, f] of source.features.entries()) f.properties!.__bucket = bucketOf[i]!;
  return new GeoJSONVT(source, {
    maxZoom: MAX_ZOOM,
    extent: EXTENT,
    cluster: true,
    clusterOptions: {
      ...CLUSTER,
      map: (props) => ({ [bucketCountKey(Number(props?.__bucket))]: 1 }),
      reduce: (sum, props) => {
        for (const [key, n] of Object.entries(props)) {
          if (key.startsWith('b') && typeof n === 'number') sum[key] = ((sum[key] as number | undefined) ?? 0) + n;
        }
      },
    },
  });
}

/** One tile as protocol-buffer bytes; empty where the layer has nothing. */
export function tileBytes(index: GeoJSONVT, z: number, x: number, y: number): ArrayBuffer {
  const cut = index.getTile(z, x, y);
  if (!cut) return new ArrayBuffer(0);
  const bytes = fromGeojsonVt({ [USER_TILE_LAYER]: cut }, { version: 2, extent: EXTENT });
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
