import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Filterable } from '../filter/filter-model';
import { useT } from '../i18n/use-t';
import { selectFilteredPlaces } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { findOption, PANEL_GROUPS } from '../symbology/groups';
import { WorksListToggle } from './WorksListToggle';

// Imported features are listed once there is an imported layer: a first visit downloads none of it.
const UserFeatureList = lazy(() => import('../user-data/UserFeatureList'));

type GroupBy = 'county' | 'type';
type SortBy = 'plan' | 'name';

/** The group a place is listed under by type: its tier, or its kind. */
function typeOf(p: Filterable, lang: 'zh' | 'en'): string {
  const option =
    p.kind === 'town'
      ? findOption('tiers', String(p.tier))
      : p.kind === 'work'
        ? findOption('workSector', String(p.sector))
        : undefined;
  if (option) return lang === 'zh' ? option.name : option.name_en;
  const group = PANEL_GROUPS.find((g) => g.id === `${p.kind}s`);
  return group ? (lang === 'zh' ? group.name : group.name_en) : p.kind;
}

/**
 * The places that pass the filter, as a list: grouped by county or by type,
 * sorted in the plan's order or by name; hover and keyboard follow the map.
 * It is also how the app is used where WebGL is missing.
 */
export function FeatureList() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const places = useAppStore(useShallow(selectFilteredPlaces));
  const hovered = useAppStore((s) => s.hoveredId);
  const byId = useAppStore((s) => s.data?.byId);
  const hasUserLayers = useAppStore((s) => s.userLayers.length > 0);
  const [groupBy, setGroupBy] = useState<GroupBy>('type');
  const [sortBy, setSortBy] = useState<SortBy>('plan');
  const listRef = useRef<HTMLUListElement>(null);

  const groups = useMemo(() => {
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
    const label = (p: Filterable) => (lang === 'zh' ? String(p.name) : String(p.name_en));
    const sorted = sortBy === 'name' ? [...places].sort((a, b) => collator.compare(label(a), label(b))) : places;
    const key = (p: Filterable) =>
      groupBy === 'county'
        ? p.county
          ? String(byId?.get(p.county)?.props[lang === 'zh' ? 'name' : 'name_en'] ?? p.county)
          : t('acrossCounties')
        : typeOf(p, lang);
    const map = new Map<string, Filterable[]>();
    for (const p of sorted) map.set(key(p), [...(map.get(key(p)) ?? []), p]);
    return [...map.entries()];
  }, [places, groupBy, sortBy, lang, byId, t]);

  const moveFocus = (from: HTMLElement, step: number) => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('.list-row') ?? [])];
    rows[Math.max(0, Math.min(rows.length - 1, rows.indexOf(from) + step))]?.focus();
  };

  return (
    <section className="feature-list" aria-labelledby="list-title">
      <h2 id="list-title">
        {t('listTitle')} <span className="count">{places.length}</span>
      </h2>
      <p className="panel-hint">{t('panelHint')}</p>
      <div className="list-controls">
        <label>
          {t('groupBy')}{' '}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="type">{t('groupByType')}</option>
            <option value="county">{t('groupByCounty')}</option>
          </select>
        </label>
        <label>
          {t('sortBy')}{' '}
          <select value={sortBy} onChange={(e) => setSortBy(e.target.value as SortBy)}>
            <option value="plan">{t('sortByPlan')}</option>
            <option value="name">{t('sortByName')}</option>
          </select>
        </label>
      </div>
      <ul className="list-groups" ref={listRef} aria-label={t('listTitle')}>
        {groups.map(([group, members]) => (
          <li key={group}>
            <h3 className="list-group">
              {group} <span className="count">{members.length}</span>
            </h3>
            <ul>
              {members.map((p) => {
                const id = String(p.id);
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className={hovered === id ? 'list-row hovered' : 'list-row'}
                      onMouseEnter={() => store.getState().hover(id)}
                      onMouseLeave={() => store.getState().hover(null)}
                      onFocus={() => store.getState().hover(id)}
                      onClick={() => store.getState().focus(id)}
                      onKeyDown={(e) => {
                        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                          e.preventDefault();
                          moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
                        }
                      }}
                    >
                      {lang === 'zh' ? String(p.name) : String(p.name_en)}
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <WorksListToggle />
      {hasUserLayers && (
        <Suspense fallback={null}>
          <UserFeatureList />
        </Suspense>
      )}
    </section>
  );
}
