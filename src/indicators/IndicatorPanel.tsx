import './indicators.css';
import { useEffect, useMemo, useState } from 'react';
import type { IndicatorData } from '../data/indicator-types';
import { type Bilingual, errorReason, fill } from '../i18n/bilingual';
import { INDICATOR_TEXT, type IndicatorTextKey } from '../i18n/indicator-text';
import { crumbText } from '../i18n/plan-labels';
import { useT } from '../i18n/use-t';
import { SidePanelHeader } from '../panels/SidePanelHeader';
import { MixedText, Zh } from '../panels/ZhText';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { IndicatorItem } from './IndicatorItem';
import { byCategory, filterIndicators } from './indicator-model';
import { loadIndicators } from './load-indicators';

/**
 * The plan's indicator tables (专栏1 “十三五” results, 专栏2 “十四五” targets), by
 * category, searchable, each citing its 专栏 with a link into the reader.
 * Loaded on demand, with its data.
 */
export default function IndicatorPanel() {
  const store = useAppStoreApi();
  const tApp = useT();
  const lang = useAppStore((s) => s.lang);
  const t = (key: IndicatorTextKey) => INDICATOR_TEXT[lang][key];
  const [data, setData] = useState<IndicatorData | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    let live = true;
    loadIndicators().then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(errorReason(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  const shown = useMemo(() => (data ? filterIndicators(data.indicators, query) : []), [data, query]);

  const close = () => store.getState().openIndicators(false);
  if (error)
    return (
      <section className="indicators" aria-label={tApp('indicators')}>
        <SidePanelHeader title={t('indicatorsTitle')} onClose={close} />
        <p
          className="panel-error"
          role="alert"
        >{`${t('indicatorsFailed')}${lang === 'zh' ? '：' : ': '}${error[lang]}`}</p>
      </section>
    );
  if (!data) return <p className="panel-hint">{t('indicatorsLoading')}</p>;

  const openColumn = (id: string) => {
    const s = store.getState();
    s.openIndicators(false);
    s.showParagraph(id);
  };
  return (
    <section className="indicators" aria-label={tApp('indicators')}>
      <SidePanelHeader title={t('indicatorsTitle')} onClose={close} />
      <p className="reader-source">
        <MixedText text={t('indicatorsSource')} />
      </p>
      <input
        type="search"
        className="reader-search"
        placeholder={t('indicatorsSearch')}
        aria-label={t('indicatorsSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="indicators-count" role="status">
        {shown.length === 0
          ? t('indicatorsNone')
          : fill(t('indicatorsShown'), { n: shown.length, total: data.indicators.length })}
      </p>
      {data.columns.map((column) => {
        const list = shown.filter((i) => i.column === column.id);
        if (list.length === 0) return null;
        const label = crumbText({ kind: 'column', number: column.number }, lang);
        return (
          <section key={column.id} className="indicator-column" aria-labelledby={`${column.id}-heading`}>
            <h3 id={`${column.id}-heading`}>
              {label} <Zh>{column.title}</Zh>
            </h3>
            <button type="button" className="link small" onClick={() => openColumn(column.id)}>
              {fill(t('openColumn'), { column: label })}
            </button>
            {byCategory(list).map((group) => (
              <section key={group.category} className="indicator-group">
                <h4>
                  <Zh>{group.category}</Zh>
                  {lang === 'en' && ` · ${group.indicators[0]?.categoryEn ?? ''}`}
                </h4>
                <ul>
                  {group.indicators.map((i) => (
                    <IndicatorItem key={i.id} indicator={i} lang={lang} t={t} />
                  ))}
                </ul>
              </section>
            ))}
            {column.footnote && (
              <p className="indicator-footnote">
                <span className="visually-hidden">{t('footnote')} </span>
                <Zh>{column.footnote}</Zh>
              </p>
            )}
          </section>
        );
      })}
    </section>
  );
}
