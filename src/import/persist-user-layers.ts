import { createStore, del, get, set } from 'idb-keyval';
import { inBoth } from '../i18n/bilingual';
import type { AppStore } from '../store/app-store';
import type { UserLayer } from './user-layer';

// One IndexedDB database of the app's own: each layer's settings and its features apart, and their order.
const db = () => createStore('shigatse-plan-map', 'user-layers');
const ORDER = 'order';
const featuresKey = (id: string) => `${id}:features`;

/** The saved features: bytes of the worker's JSON (older saves: a Blob of it, or the objects). */
type SavedFeatures = ArrayBuffer | Blob | UserLayer['features'];

async function readFeatures(saved: SavedFeatures | undefined): Promise<unknown> {
  if (saved instanceof ArrayBuffer) return JSON.parse(new TextDecoder().decode(saved));
  if (saved instanceof Blob) return JSON.parse(await saved.text());
  return saved;
}

/** The layers saved in this browser, in their order, and the names of those that could not be read back. */
export async function loadUserLayers(): Promise<{ layers: UserLayer[]; unreadable: string[] }> {
  const unreadable: string[] = [];
  let order: string[];
  const store = db();
  try {
    order = ((await get<string[]>(ORDER, store)) ?? []).filter((id) => /^u\d+$/.test(id));
  } catch {
    // No IndexedDB (some private windows): nothing was saved, so nothing is lost.
    return { layers: [], unreadable };
  }
  const layers = await Promise.all(
    order.map(async (id) => {
      let name = id;
      try {
        const [meta, saved] = await Promise.all([
          get<Omit<UserLayer, 'features'>>(id, store),
          get<SavedFeatures>(featuresKey(id), store),
        ]);
        name = meta?.name ?? id;
        const features = await readFeatures(saved);
        if (meta && Array.isArray(features)) return { ...meta, features: features as UserLayer['features'] };
      } catch {
        // Named below, with the others that did not come back.
      }
      unreadable.push(name);
      return null;
    }),
  );
  return { layers: layers.filter((l): l is UserLayer => l !== null), unreadable };
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
          // As the bytes of the worker's JSON when there is one: no clone of 100 000 objects here, and
          // bytes, unlike a Blob made in the (since ended) import worker, always read back after a reload.
          if (was?.features !== layer.features) {
            const features = layer.stored ? await layer.stored.arrayBuffer() : layer.features;
            await set(featuresKey(layer.id), features, store);
          }
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
        // A notice of its own: the import's result stays on screen. Its words load with the later
        // strings, on this failure only, so that opening the app does not fetch them.
        const notice = app.getState().showNotice;
        void import('../i18n/strings-later').then(
          () => notice(inBoth((s) => `${s.storageFailed}${why}`)),
          () => notice({ zh: why, en: why }),
        );
      }
    });
  });
}
