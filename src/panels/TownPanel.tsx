import '../i18n/strings-later';
import type { TownProps } from '../data/types';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { findOption } from '../symbology/groups';
import { Fact, PanelHeader } from './PanelHeader';
import { PrecisionNote } from './PrecisionNote';
import { MixedText, PlanQuote } from './ZhText';

/** A place of the town system: tier, county, roles in the plan's own words, where its position comes from. */
export function TownPanel({ town }: { town: TownProps }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const county = useAppStore((s) => s.data?.byId.get(town.county)?.props);
  const tierEn = findOption('tiers', town.tier)?.name_en;
  return (
    <article className="feature-panel" aria-labelledby="feature-title">
      <PanelHeader
        name={town.name}
        nameEn={town.name_en}
        kindLabel={lang === 'zh' ? town.tier_name : (tierEn ?? town.tier_name)}
      />
      <dl>
        <Fact label={t('county')}>
          <button type="button" className="link" onClick={() => store.getState().select(town.county)}>
            {county ? (lang === 'zh' ? county.name : county.name_en) : town.county_name}
          </button>
          {town.is_county_seat && ` · ${t('countySeat')}`}
        </Fact>
        {town.role_quotes.length > 0 && (
          <Fact label={t('roles')}>
            <PlanQuote>
              <ul className="quotes">
                {town.role_quotes.map((q) => (
                  <li key={q}>“{q}”</li>
                ))}
              </ul>
            </PlanQuote>
          </Fact>
        )}
        <Fact label={t('code')}>{town.code}</Fact>
        <Fact label={t('source')}>
          <PrecisionNote feature={town} />
          {town.checked && (
            <p className="source">
              {t('checkedAgainst')} <MixedText text={town.checked} />
            </p>
          )}
        </Fact>
      </dl>
    </article>
  );
}
