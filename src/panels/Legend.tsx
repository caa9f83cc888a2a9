import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { optionCount } from '../filter/filter-model';
import { bucketOptionCount, bucketPasses } from '../filter/user-buckets';
import { useT } from '../i18n/use-t';
import { selectFilteredPlaces, selectPlaces, selectUserBuckets } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { SymbolClass } from '../symbology/classes';
import { type FilterOption, PANEL_GROUPS, type PanelGroup } from '../symbology/groups';
import { UserLayers } from '../user-data/UserLayers';
import { LayerToggle } from './LayerToggle';
import { Swatch } from './Swatch';

/** Legend entries that are not filter options (a route of a type, a port's shape, the county seat's ring). */
function LegendRows({ classes }: { classes: SymbolClass[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (classes.length === 0) return null;
  return (
    <ul className="legend-rows">
      {classes.map((c) => (
        <li key={c.id} data-class={c.id}>
          <Swatch symbol={c.symbol} />
          <span className="layer-name">{lang === 'zh' ? c.name : c.name_en}</span>
          {c.schematic && <span className="schematic-tag">{t('schematic')}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Legend, layers and the one filter, grouped as the plan groups its content
 * (空间格局 / 城镇体系 / 口岸 / 园区 / 线路 / 重大工程), all generated from the symbology
 * model. Each filter option is a real checkbox named with the plan's name and
 * shows how many places it would leave.
 */
export function Legend() {
  const t = useT();
  const store = useAppStoreApi();
  const places = useAppStore(selectPlaces);
  const shown = useAppStore(useShallow(selectFilteredPlaces)).length;
  const filters = useAppStore((s) => s.filters);
  const counties = useAppStore((s) => s.data?.counties.features);
  const lang = useAppStore((s) => s.lang);
  const buckets = useAppStore(selectUserBuckets);
  const imported = buckets.reduce((n, b) => n + b.count, 0);
  const importedShown = buckets.filter((b) => bucketPasses(b, filters)).reduce((n, b) => n + b.count, 0);
  const countyOptions = useMemo<FilterOption[]>(
    () =>
      (counties ?? []).map((c) => ({
        dimension: 'counties',
        value: c.properties.id,
        name: c.properties.name,
        name_en: c.properties.name_en,
        classes: [],
      })),
    [counties],
  );
  const option = (o: FilterOption) => {
    const checked = (filters[o.dimension] as string[]).includes(o.value);
    const name = lang === 'zh' ? o.name : o.name_en;
    const [only, ...more] = o.classes;
    return (
      <div key={`${o.dimension}:${o.value}`} className={o.layer ? 'layer-option' : undefined}>
        <label className="layer-item">
          <input
            type="checkbox"
            aria-label={name}
            checked={checked}
            onChange={() => store.getState().toggleFilter(o.dimension, o.value)}
          />
          {only && more.length === 0 && <Swatch symbol={only.symbol} />}
          <span className="layer-name">{name}</span>
          {only?.schematic && more.length === 0 && <span className="schematic-tag">{t('schematic')}</span>}
          <span className="layer-count" aria-hidden="true">
            {optionCount(places, filters, o.dimension, o.value) +
              bucketOptionCount(buckets, filters, o.dimension, o.value)}
          </span>
        </label>
        {o.layer && <LayerToggle layer={{ id: o.layer, name: o.name, name_en: o.name_en }} />}
        {more.length > 0 && <LegendRows classes={o.classes} />}
      </div>
    );
  };
  const title = (g: PanelGroup) => (lang === 'zh' ? g.name : g.name_en);

  const [spatial, ...rest] = PANEL_GROUPS;
  const kinds = rest.filter((g) => g.id !== 'physical');
  const physical = rest.find((g) => g.id === 'physical');
  /** A group of named eye buttons (the spatial structure, the physical geography) and its legend rows. */
  const layered = (g: PanelGroup) => (
    <fieldset>
      <legend>{title(g)}</legend>
      {g.options.map(option)}
      <LegendRows classes={g.extras} />
      <div className="layer-toggles">
        {g.layers.map((l) => (
          <LayerToggle key={l.id} layer={l} />
        ))}
      </div>
    </fieldset>
  );
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
        {imported > 0 && t('shownImported').replace('{n}', String(importedShown)).replace('{total}', String(imported))}
      </p>
      {spatial && layered(spatial)}
      <fieldset>
        <legend>{t('counties')}</legend>
        <div className="county-options">{countyOptions.map(option)}</div>
      </fieldset>
      {kinds.map((group) => (
        <fieldset key={group.id}>
          <legend>
            {title(group)}
            {group.layers.length === 1 && group.layers[0] && <LayerToggle layer={group.layers[0]} />}
          </legend>
          {group.options.map(option)}
          <LegendRows classes={group.extras} />
        </fieldset>
      ))}
      {physical && layered(physical)}
      <UserLayers />
    </section>
  );
}
