import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { PANEL_GROUPS } from '../symbology/groups';
import { WorkProgress } from './WorkProgress';

/** What lies in a county: its towns by tier, its ports, its parks, its works, each a link to the feature. */
export function CountyContents({ county }: { county: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const groups = useMemo(() => {
    if (!data) return [];
    const tiers = PANEL_GROUPS.find((g) => g.id === 'towns')?.options ?? [];
    const towns = tiers.map((tier) => ({
      label: lang === 'zh' ? tier.name : tier.name_en,
      items: data.towns.features.filter((f) => f.properties.county === county && f.properties.tier === tier.value),
    }));
    return [
      ...towns,
      { label: t('ports'), items: data.ports.features.filter((f) => f.properties.county === county) },
      { label: t('parks'), items: data.parks.features.filter((f) => f.properties.county === county) },
      // Every work of the plan there, placed or not (an unplaced one is marked so).
      { label: t('works'), items: data.works.features.filter((f) => f.properties.counties.includes(county)) },
    ].filter((g) => g.items.length > 0);
  }, [data, county, lang, t]);
  if (groups.length === 0) return null;
  return (
    <section className="county-contents" aria-label={t('inCounty')}>
      <h3>{t('inCounty')}</h3>
      <dl>
        {groups.map((g) => (
          <div key={g.label}>
            <dt>
              {g.label} <span className="count">{g.items.length}</span>
            </dt>
            <dd>
              {g.items.map((f, i) => (
                <span key={f.properties.id}>
                  {i > 0 && (lang === 'zh' ? '、' : ', ')}
                  <button type="button" className="link" onClick={() => store.getState().focus(f.properties.id)}>
                    {lang === 'zh' ? f.properties.name : f.properties.name_en}
                  </button>
                  {'sector' in f.properties && <WorkProgress work={f.properties} />}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
