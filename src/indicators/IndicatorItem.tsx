import type { Indicator, IndicatorValue } from '../data/indicator-types';
import { fill } from '../i18n/bilingual';
import type { IndicatorTextKey } from '../i18n/indicator-text';
import type { Lang } from '../i18n/strings';
import { IndicatorChart } from './IndicatorChart';
import { CELLS, type CellKey, cellOf, changeOf, chartPair } from './indicator-model';

type Text = (key: IndicatorTextKey) => string;

/** One indicator: its name (Chinese first), 属性, the table's three cells as written, the change, a small chart. */
export function IndicatorItem({ indicator, lang, t }: { indicator: Indicator; lang: Lang; t: Text }) {
  const cellLabel = (key: CellKey) => t(`cell_${key}`);
  const change = changeOf(indicator);
  const pair = chartPair(indicator);
  const headingId = `indicator-${indicator.id.replace('.', '-')}`;
  return (
    <li className="indicator" data-indicator={indicator.id} aria-labelledby={headingId}>
      <div className="indicator-head">
        <h5 id={headingId} lang="zh-CN">
          {indicator.name}
          {indicator.unit && <span className="indicator-unit">（{indicator.unit}）</span>}
        </h5>
        <span className={indicator.attribute === '约束性' ? 'attribute binding' : 'attribute'}>
          {t(`attribute_${indicator.attribute}`)}
        </span>
      </div>
      {lang === 'en' && (
        <p className="indicator-en">
          {indicator.nameEn}
          {indicator.unitEn && ` (${indicator.unitEn})`}
        </p>
      )}
      <dl className="indicator-cells">
        {CELLS[indicator.column].map((key) => (
          <div key={key} data-cell={key}>
            <dt>{cellLabel(key)}</dt>
            <dd>
              <Value value={cellOf(indicator, key)} t={t} />
            </dd>
          </div>
        ))}
        {change?.kind === 'computed' && (
          <div data-cell="change" className="computed">
            <dt>{fill(t('changeComputed'), { from: cellLabel(change.from), to: cellLabel(change.to) })}</dt>
            <dd>{change.text}</dd>
          </div>
        )}
      </dl>
      {pair && <IndicatorChart pair={pair} label={cellLabel} template={t('chartLabel')} />}
      {!indicator.placementCertain && <p className="indicator-note">{t('placementUncertain')}</p>}
    </li>
  );
}

/** A cell as the plan writes it, with what its marks mean; a cell the table leaves empty says so. */
function Value({ value, t }: { value: IndicatorValue | null; t: Text }) {
  if (!value)
    return (
      <>
        <span aria-hidden="true">{t('notPrinted')}</span>
        <span className="visually-hidden">{t('notPrintedLabel')}</span>
      </>
    );
  return (
    <>
      <span className="value" lang="zh-CN">
        {value.text}
      </span>
      {value.cumulative && <span className="tag">{t('cumulative')}</span>}
      {value.year2019 && <span className="tag">{t('year2019')}</span>}
    </>
  );
}
