import type { UserLayer } from '../import/user-layer';
import { userFeatureId } from '../import/user-layer';
import type { SearchHit } from './search';

/** Imported features whose label contains the query (case-insensitive), up to `limit`, each with its layer. */
export function searchUserLayers(layers: readonly UserLayer[], query: string, limit = 5): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const layer of layers) {
    const key = layer.labelProperty;
    if (!layer.visible || !key) continue;
    for (const [i, f] of layer.features.entries()) {
      const value = f.properties[key];
      if (value === null || value === undefined) continue;
      const text = String(value);
      if (!text.toLowerCase().includes(q)) continue;
      hits.push({ id: userFeatureId(layer.id, i), kind: 'user', name: text, detail: layer.name, score: 10 });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
