import '../i18n/strings-later';
import { useMemo } from 'react';
import type { ParkProps } from '../data/types';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { findOption } from '../symbology/groups';
import { Fact, PanelHeader } from './PanelHeader';
import { PrecisionNote } from './PrecisionNote';
import { PlanQuote } from './ZhText';

/** A park: its place in the 九大园区, its focus industries from 专栏10. */
export function ParkPanel({ park }: { park: ParkProps }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const categoryEn = findOption('parkCategory', park.category)?.name_en;
  const parent = useAppStore((s) => (park.parent ? s.data?.byId.get(park.parent)?.props : undefined));
  const parks = useAppStore((s) => s.data?.parks);
  const county = useAppStore((s) => (park.county ? s.data?.byId.get(park.county)?.props : undefined));
  const name = (p: { name: string; name_en: string }) => (lang === 'zh' ? p.name : p.name_en);
  const children = useMemo(() => parks?.features.filter((f) => f.properties.parent === park.id), [parks, park.id]);
  const select = (id: string) => store.getState().select(id);
  return (
    <article className="feature-panel" aria-labelledby="feature-title">
      <PanelHeader
        name={park.name}
        nameEn={park.name_en}
        kindLabel={lang === 'zh' ? park.category : (categoryEn ?? park.category)}
      />
      <dl>
        {parent && (
          <Fact label={t('partOf')}>
            <button type="button" className="link" onClick={() => select(parent.id)}>
              {name(parent)}
            </button>
          </Fact>
        )}
        {children && children.length > 0 && (
          <Fact label={t('contains')}>
            <ul className="plain">
              {children.map((c) => (
                <li key={c.properties.id}>
                  <button type="button" className="link" onClick={() => select(c.properties.id)}>
                    {name(c.properties)}
                  </button>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact label={t('focus')}>
          <PlanQuote>{park.focus}</PlanQuote>
        </Fact>
        {park.county && (
          <Fact label={t('county')}>
            <button type="button" className="link" onClick={() => select(park.county!)}>
              {county ? name(county) : park.county_name}
            </button>
          </Fact>
        )}
        <Fact label={t('source')}>
          {!park.located && <p className="precision-flag">{t('notLocated')}</p>}
          <PrecisionNote feature={park} />
        </Fact>
      </dl>
    </article>
  );
}
