import '../i18n/strings-later';
import { useT } from '../i18n/use-t';
import type { UserLayer } from '../import/user-layer';
import { useAppStoreApi } from '../store/store-context';

/** Saves text as a file through a temporary object URL. */
function save(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function exportLayer(layer: UserLayer, as: 'geojson' | 'csv') {
  // The writers (and papaparse) load only when someone exports.
  const { userLayerCsv, userLayerGeoJson } = await import('../import/export-user-layer');
  if (as === 'geojson') save(userLayerGeoJson(layer), `${layer.name}.geojson`, 'application/geo+json');
  else save(userLayerCsv(layer), `${layer.name}.csv`, 'text/csv;charset=utf-8');
}

function UserLayerItem({ layer, first, last }: { layer: UserLayer; first: boolean; last: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const update = store.getState().updateUserLayer;
  return (
    <li className="user-layer" data-layer={layer.id}>
      <div className="user-layer-head">
        <input
          type="color"
          aria-label={`${layer.name}: colour`}
          value={layer.colour}
          onChange={(e) => update(layer.id, { colour: e.currentTarget.value })}
        />
        <input
          className="user-layer-name"
          aria-label={t('layerName')}
          value={layer.name}
          onChange={(e) => update(layer.id, { name: e.currentTarget.value })}
        />
        <button
          type="button"
          className="layer-toggle"
          aria-pressed={layer.visible}
          aria-label={`${t('showLayer')}${layer.name}`}
          onClick={() => update(layer.id, { visible: !layer.visible })}
        >
          {layer.visible ? '●' : '○'}
        </button>
      </div>
      <p className="user-layer-meta">
        {t('featureCount').replace('{n}', String(layer.features.length))} · {layer.fileName} · {layer.crs}
      </p>
      <div className="user-layer-actions">
        <label>
          {t('labelBy')}{' '}
          <select
            value={layer.labelProperty ?? ''}
            onChange={(e) => update(layer.id, { labelProperty: e.currentTarget.value || null })}
          >
            <option value="">{t('noLabel')}</option>
            {layer.propertyKeys.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('colourBy')}{' '}
          <select
            value={layer.colourBy ? `${layer.colourBy.mode}:${layer.colourBy.property}` : ''}
            onChange={(e) => {
              const [mode, ...rest] = e.currentTarget.value.split(':');
              const property = rest.join(':');
              update(layer.id, {
                colourBy: mode === 'categories' || mode === 'graduated' ? { mode, property } : null,
              });
            }}
          >
            <option value="">{t('singleColour')}</option>
            {layer.propertyKeys.map((k) => (
              <option key={`c:${k}`} value={`categories:${k}`}>
                {t('byCategories').replace('{p}', k)}
              </option>
            ))}
            {layer.propertyKeys.map((k) => (
              <option key={`g:${k}`} value={`graduated:${k}`}>
                {t('byGraduated').replace('{p}', k)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={first} onClick={() => store.getState().moveUserLayer(layer.id, 1)}>
          {t('moveUp')}
        </button>
        <button type="button" disabled={last} onClick={() => store.getState().moveUserLayer(layer.id, -1)}>
          {t('moveDown')}
        </button>
        <button type="button" onClick={() => void exportLayer(layer, 'geojson')}>
          {t('exportGeojson')}
        </button>
        <button type="button" onClick={() => void exportLayer(layer, 'csv')}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          aria-label={`${t('removeLayer')}：${layer.name}`}
          onClick={() => store.getState().removeUserLayer(layer.id)}
        >
          {t('removeLayer')}
        </button>
      </div>
    </li>
  );
}

/** The imported layers, top of the list drawn on top: loaded once there is a layer to show. */
export default function UserLayerList({ layers }: { layers: UserLayer[] }) {
  const topFirst = [...layers].reverse();
  return (
    <ul>
      {topFirst.map((l, i) => (
        <UserLayerItem key={l.id} layer={l} first={i === 0} last={i === topFirst.length - 1} />
      ))}
    </ul>
  );
}
