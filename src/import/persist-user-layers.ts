import { createStore, del, get, set } from 'idb-keyval';
import { inBoth } from '../i18n/bilingual';
import type { AppStore } from '../store/app-store';
import type { UserLayer } from './user-layer';

// One IndexedDB database of the app's own: each layer's settings and its features apart, and their order.
const db = () => createStore('shigatse-plan-map', 'user-layers');
const ORDER = 'order';
const featuresKey = (id: string) => `${id}:features`;

/** The layers saved in this browser, in their order; none when IndexedDB is missing or unreadable. */
export async function loadUserLayers(): Promise<UserLayer[]> {
  try {
    const store = db();
    const order = ((await get<string[]>(ORDER, store)) ?? []).filter((id) => /^u\d+$/.test(id));
    const layers = await Promise.all(
      order.map(async (id) => {
        const [meta, saved] = await Promise.all([
          get<Omit<UserLayer, 'features'>>(id, store),
          get<Blob | UserLayer['features']>(featuresKey(id), store),
        ]);
        const features = saved instanceof Blob ? (JSON.parse(await saved.text()) as unknown) : saved;
        // The tiles of a restored layer are cut from its parsed features (a Blob read back from
        // IndexedDB is not handed on to another worker).
        return meta && Array.isArray(features) ? { ...meta, features: features as UserLayer['features'] } : null;
      }),
    );
    return layers.filter((l): l is UserLayer => l !== null);
  } catch {
    return [];
  }
}

/**
 * Keeps IndexedDB in step with the store: a layer is written when it is new or
 * changed, deleted when removed. A failure (a full disk, a private window) says
 * so, and the layers stay on the map for this visit.
 */
export function persistUserLayers(app: AppStore): () => void {
  const store = db();
  let writing = Promise.resolve();
  return app.subscribe((state, previous) => {
    if (state.userLayers === previous.userLayers) return;
    const before = new Map(previous.userLayers.map((l) => [l.id, l]));
    const after = state.userLayers;
    writing = writing.then(async () => {
      try {
        for (const layer of after) {
          const was = before.get(layer.id);
          if (was === layer) continue;
          // The features (the bulk) are written once; a rename or a colour rewrites only the rest.
          // As the worker's JSON when there is one: a Blob is stored without cloning 100 000 objects here.
          if (was?.features !== layer.features) await set(featuresKey(layer.id), layer.stored ?? layer.features, store);
          const { features: _, stored: __, ...meta } = layer;
          await set(layer.id, meta, store);
        }
        for (const id of before.keys()) {
          if (!after.some((l) => l.id === id)) await Promise.all([del(id, store), del(featuresKey(id), store)]);
        }
        await set(
          ORDER,
          after.map((l) => l.id),
          store,
        );
      } catch (error) {
        const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        // A notice of its own: the import's result stays on screen.
        app.getState().showNotice(inBoth((s) => `${s.storageFailed}${why}`));
      }
    });
  });
}
