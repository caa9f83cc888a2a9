import { createStore, del, get, set } from 'idb-keyval';
import type { AppStore } from '../store/app-store';
import type { UserLayer } from './user-layer';

// One IndexedDB database of the app's own: the layers, each under its id, and their order.
const db = () => createStore('shigatse-plan-map', 'user-layers');
const ORDER = 'order';

/** The layers saved in this browser, in their order; none when IndexedDB is missing or unreadable. */
export async function loadUserLayers(): Promise<UserLayer[]> {
  try {
    const store = db();
    const order = ((await get<string[]>(ORDER, store)) ?? []).filter((id) => /^u\d+$/.test(id));
    const layers = await Promise.all(order.map((id) => get<UserLayer>(id, store)));
    return layers.filter((l): l is UserLayer => Boolean(l && Array.isArray(l.features)));
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
        for (const layer of after) if (before.get(layer.id) !== layer) await set(layer.id, layer, store);
        for (const id of before.keys()) if (!after.some((l) => l.id === id)) await del(id, store);
        await set(
          ORDER,
          after.map((l) => l.id),
          store,
        );
      } catch (error) {
        const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        app.getState().showImportMessage({
          tone: 'alert',
          text: {
            zh: `浏览器存储空间不足或不可用，导入的图层未能保存：${why}`,
            en: `The browser could not save the imported layers (they will be gone after a reload): ${why}`,
          },
          details: [],
        });
      }
    });
  });
}
