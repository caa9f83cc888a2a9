import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { LAYER_GROUPS } from '../map/layer-groups';
import { selectLayerCounts } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { LayerSymbol } from './LayerSymbol';

/**
 * The legend is the layer control: grouped as the plan groups its content
 * (空间格局 / 城镇体系 / 口岸 / 园区 / 线路), each item a real checkbox named with
 * the plan's name, its symbol, and how many features it shows.
 */
export function Legend() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const hidden = useAppStore((s) => s.hiddenLayers);
  const counts = useAppStore(useShallow(selectLayerCounts));
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend')}</h2>
      {LAYER_GROUPS.map((group) => (
        <fieldset key={group.id}>
          <legend>{lang === 'zh' ? group.name : group.name_en}</legend>
          {group.items.map((item) => (
            <label key={item.id} className="layer-item">
              <input
                type="checkbox"
                aria-label={lang === 'zh' ? item.name : item.name_en}
                checked={!hidden.includes(item.id)}
                onChange={() => store.getState().toggleLayer(item.id)}
              />
              <LayerSymbol item={item.id} />
              <span className="layer-name">{lang === 'zh' ? item.name : item.name_en}</span>
              {item.id === 'zone:corridor' && <span className="schematic-tag">{t('schematic')}</span>}
              <span className="layer-count" aria-hidden="true">
                {counts[item.id] ?? ''}
              </span>
            </label>
          ))}
          {group.id === 'ports' && <p className="legend-note">{t('legendPortShapes')}</p>}
        </fieldset>
      ))}
      <ul className="legend-lines">
        <li>
          <span className="line-sample line-axis" aria-hidden="true" />
          {t('legendCorridorAxis')}
        </li>
        <li>
          <span className="line-sample line-split" aria-hidden="true" />
          {t('legendSplit')}
        </li>
        <li>
          <span className="seat-sample" aria-hidden="true" />
          {t('legendSeat')}
        </li>
      </ul>
    </section>
  );
}
