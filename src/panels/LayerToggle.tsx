import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { LayerItemId, Named } from '../symbology/groups';

/** An eye button that shows or hides a whole layer (distinct from the filter's checkboxes). */
export function LayerToggle({ layer }: { layer: Named & { id: LayerItemId } }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const visible = useAppStore((s) => !s.hiddenLayers.includes(layer.id));
  const name = lang === 'zh' ? layer.name : layer.name_en;
  return (
    <button
      type="button"
      className="layer-toggle"
      aria-pressed={visible}
      aria-label={`${t('showLayer')}${name}`}
      title={`${t('showLayer')}${name}`}
      onClick={() => store.getState().toggleLayer(layer.id)}
    >
      <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
        <path d="M1 7 Q9 -1 17 7 Q9 15 1 7 Z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        {visible ? (
          <circle cx="9" cy="7" r="2.6" fill="currentColor" />
        ) : (
          <line x1="2" y1="13" x2="16" y2="1" stroke="currentColor" strokeWidth="1.5" />
        )}
      </svg>
      {layer.id === 'layer:towns' ||
      layer.id === 'layer:ports' ||
      layer.id === 'layer:parks' ||
      layer.id === 'layer:routes' ||
      layer.id.startsWith('layer:works-') ? null : (
        <span>{name}</span>
      )}
    </button>
  );
}
