/// <reference lib="webworker" />
/**
 * The imported layers as vector tiles, cut in this worker (MapLibre's own
 * geojson-vt and vt-pbf), so that no copy of a large layer ever passes through
 * the page: MapLibre's GeoJSON source, handed a URL, sends the whole layer back
 * to the page after reading it; these tiles travel one by one, only as wanted.
 */
import type { GeoJSONVT } from '@maplibre/geojson-vt';
import type { ImportedFeature } from '../../import/types';
import { tileBytes, tileIndex } from './cut-tiles';
import type { TilesRequest, TilesResponse } from './tiles-protocol';

declare const self: DedicatedWorkerGlobalScope;

const indexes = new Map<string, Promise<GeoJSONVT>>();

async function load(features: Blob | ImportedFeature[], clustered: boolean): Promise<GeoJSONVT> {
  const list = features instanceof Blob ? (JSON.parse(await features.text()) as ImportedFeature[]) : features;
  return tileIndex(list, clustered);
}

async function tile({ layer, z, x, y }: Extract<TilesRequest, { type: 'tile' }>): Promise<ArrayBuffer> {
  const index = indexes.get(layer);
  if (!index) throw new Error(`no tiles for layer ${layer}`);
  return tileBytes(await index, z, x, y);
}

self.onmessage = (event: MessageEvent<TilesRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    const built = load(request.features, request.clustered);
    // A failed build answers each tile request with its error, never with silence.
    built.catch(() => undefined);
    indexes.set(request.layer, built);
  } else if (request.type === 'drop') {
    indexes.delete(request.layer);
  } else {
    tile(request).then(
      (bytes) => self.postMessage({ id: request.id, tile: bytes } satisfies TilesResponse, [bytes]),
      (error: unknown) =>
        self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
  }
};
