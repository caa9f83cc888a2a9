import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { optionCount } from '../filter/filter-model';
import { useT } from '../i18n/use-t';
import { type FilterOption, PANEL_GROUPS } from '../map/layer-groups';
import { selectFilteredPlaces, selectPlaces } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { LayerSymbol } from './LayerSymbol';
import { LayerToggle } from './LayerToggle';

/**
 * Legend, layers and the one filter, grouped as the plan groups its content
 * (空间格局 / 城镇体系 / 口岸 / 园区 / 线路). Each filter option is a real
 * checkbox named with the plan's name and shows how many places it would leave.
 */
export function Legend() {
  const t = useT();
  const store = useAppStoreApi();
  const places = useAppStore(selectPlaces);
  const shown = useAppStore(useShallow(selectFilteredPlaces)).length;
  const filters = useAppStore((s) => s.filters);
  const counties = useAppStore((s) => s.data?.counties.features);
  const lang = useAppStore((s) => s.lang);
  const countyOptions = useMemo<FilterOption[]>(
    () =>
      (counties ?? []).map((c) => ({
        dimension: 'counties',
        value: c.properties.id as FilterOption['value'],
        name: c.properties.name,
        name_en: c.properties.name_en,
      })),
    [counties],
  );
  const option = (o: FilterOption) => {
    const checked = (filters[o.dimension] as string[]).includes(o.value);
    const name = lang === 'zh' ? o.name : o.name_en;
    return (
      <label key={`${o.dimension}:${o.value}`} className="layer-item">
        <input
          type="checkbox"
          aria-label={name}
          checked={checked}
          onChange={() => store.getState().toggleFilter(o.dimension, o.value)}
        />
        <LayerSymbol dimension={o.dimension} value={o.value} />
        <span className="layer-name">{name}</span>
        {o.value === 'corridor' && <span className="schematic-tag">{t('schematic')}</span>}
        <span className="layer-count" aria-hidden="true">
          {optionCount(places, filters, o.dimension, o.value)}
        </span>
      </label>
    );
  };

  const [spatial, ...kinds] = PANEL_GROUPS;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <header className="legend-header">
        <h2 id="legend-title">{t('legend')}</h2>
        <button type="button" className="link small" onClick={() => store.getState().resetFilters()}>
          {t('resetFilters')}
        </button>
      </header>
      <p className="filter-summary" aria-live="polite">
        {t('shownPlaces').replace('{n}', String(shown)).replace('{total}', String(places.length))}
      </p>
      {spatial && (
        <fieldset>
          <legend>{lang === 'zh' ? spatial.name : spatial.name_en}</legend>
          {spatial.options.map(option)}
          <div className="layer-toggles">
            {spatial.layers.map((l) => (
              <LayerToggle key={l.id} layer={l} />
            ))}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('counties')}</legend>
        <div className="county-options">{countyOptions.map(option)}</div>
      </fieldset>
      {kinds.map((group) => (
        <fieldset key={group.id}>
          <legend>
            {lang === 'zh' ? group.name : group.name_en}
            {group.layers[0] && <LayerToggle layer={group.layers[0]} />}
          </legend>
          {group.options.map(option)}
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
