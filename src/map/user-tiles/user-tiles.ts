import { addProtocol } from 'maplibre-gl';
import type { UserLayer } from '../../import/user-layer';
import { type TilesRequest, type TilesResponse, USER_TILE_SCHEME } from './tiles-protocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (tile: ArrayBuffer) => void; reject: (error: Error) => void }>();
/** The features each layer's tiles were cut from: a layer is sent to the worker once. */
const loaded = new Map<string, UserLayer['features']>();

function tilesWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./tiles.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<TilesResponse>) => {
    const answer = event.data;
    const entry = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ('tile' in answer) entry?.resolve(answer.tile);
    else entry?.reject(new Error(answer.error));
  };
  // MapLibre asks the page for every tile of the scheme; the page only relays to the worker.
  addProtocol(USER_TILE_SCHEME, async ({ url }) => {
    const [layer = '', z, x, y] = url.slice(`${USER_TILE_SCHEME}://`.length).split('/');
    const id = nextId++;
    const data = await new Promise<ArrayBuffer>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      post({ type: 'tile', id, layer, z: Number(z), x: Number(x), y: Number(y) });
    });
    return { data };
  });
  return worker;
}

const post = (request: TilesRequest) => tilesWorker().postMessage(request);

/** The tile URL template of a user layer's vector source. */
export const userTilesUrl = (layerId: string) => `${USER_TILE_SCHEME}://${layerId}/{z}/{x}/{y}`;

/**
 * Makes the worker cut tiles of the layer: from the import's JSON when there
 * is one (a Blob: nothing is copied here), else from the features.
 */
export function ensureUserTiles(layer: UserLayer, clustered: boolean): void {
  if (loaded.get(layer.id) === layer.features) return;
  loaded.set(layer.id, layer.features);
  post({ type: 'load', layer: layer.id, features: layer.stored ?? layer.features, clustered });
}

/** Forgets a removed layer's tiles. */
export function dropUserTiles(layerId: string): void {
  if (!loaded.delete(layerId)) return;
  post({ type: 'drop', layer: layerId });
}
