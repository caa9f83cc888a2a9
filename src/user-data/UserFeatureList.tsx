import '../i18n/strings-later';
import { useMemo } from 'react';
import { bucketPasses, bucketsOf } from '../filter/user-buckets';
import { useT } from '../i18n/use-t';
import { userFeatureId } from '../import/user-layer';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** Rows listed per layer: the list is for finding a feature, not for reading 100 000 of them. */
const MAX_ROWS = 100;

/** The imported features that pass the filter, layer by layer, under the plan's places. */
export default function UserFeatureList() {
  const t = useT();
  const store = useAppStoreApi();
  const layers = useAppStore((s) => s.userLayers);
  const filters = useAppStore((s) => s.filters);
  const groups = useMemo(
    () =>
      layers
        .filter((l) => l.visible)
        .map((layer) => {
          // The filter is tested once per group of features, not once per feature.
          const { buckets, bucketOf } = bucketsOf(layer.features);
          const passing = buckets.map((b) => bucketPasses(b, filters));
          const total = buckets.reduce((n, b, k) => (passing[k] ? n + b.count : n), 0);
          const rows: { id: string; label: string }[] = [];
          for (let i = 0; i < bucketOf.length && rows.length < MAX_ROWS; i++) {
            if (!passing[bucketOf[i]!]) continue;
            const value = layer.labelProperty ? layer.features[i]!.properties[layer.labelProperty] : null;
            rows.push({
              id: userFeatureId(layer.id, i),
              label: value === null || value === undefined ? `#${i + 1}` : String(value),
            });
          }
          return { layer, rows, total };
        })
        .filter((g) => g.total > 0),
    [layers, filters],
  );
  if (groups.length === 0) return null;
  return (
    <ul className="list-groups" aria-label={t('userLayers')}>
      {groups.map(({ layer, rows, total }) => (
        <li key={layer.id}>
          <h3 className="list-group">
            {layer.name} <span className="count">{total}</span>
          </h3>
          <ul>
            {rows.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="list-row"
                  onMouseEnter={() => store.getState().hover(r.id)}
                  onMouseLeave={() => store.getState().hover(null)}
                  onClick={() => store.getState().focus(r.id)}
                >
                  {r.label}
                </button>
              </li>
            ))}
            {total > rows.length && (
              <li className="panel-hint">{t('moreRows').replace('{n}', String(total - rows.length))}</li>
            )}
          </ul>
        </li>
      ))}
    </ul>
  );
}
