import type { ImportedFeature } from '../../import/types';

/** The source-layer name of every user tile. */
export const USER_TILE_LAYER = 'features';
/** The URL scheme MapLibre asks for a user layer's tiles by: `usertiles://<layer>/<z>/<x>/<y>`. */
export const USER_TILE_SCHEME = 'usertiles';
/** The map's deepest zoom, hence the deepest tile cut. */
export const USER_TILE_MAX_ZOOM = 12;
/** A clustered layer's points are grouped by where they lie; cluster `b<n>` counts the points of group n. */
export const bucketCountKey = (bucket: number) => `b${bucket}`;

/** What the page posts to the tile worker. */
export type TilesRequest =
  | {
      type: 'load';
      layer: string;
      /** The layer's features: the import's JSON as a Blob (read in the worker), or the objects themselves. */
      features: Blob | ImportedFeature[];
      clustered: boolean;
    }
  | { type: 'drop'; layer: string }
  | { type: 'tile'; id: number; layer: string; z: number; x: number; y: number };

/** What the tile worker posts back for a `tile` request: the tile's protocol-buffer bytes (transferred). */
export type TilesResponse = { id: number; tile: ArrayBuffer } | { id: number; error: string };
