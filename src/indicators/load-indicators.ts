import indicatorsUrl from '../../geodata/indicators.json?url';
import type { IndicatorData } from '../data/indicator-types';
import { BilingualError, message } from '../i18n/bilingual';
import { INDICATOR_TEXT } from '../i18n/indicator-text';

let loading: Promise<IndicatorData> | null = null;

/** Fetches geodata/indicators.json once (on the panel's first opening); a failed fetch may be tried again. */
export function loadIndicators(): Promise<IndicatorData> {
  loading ??= fetchIndicators().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function fetchIndicators(): Promise<IndicatorData> {
  const file = 'indicators.json';
  const response = await fetch(indicatorsUrl);
  if (!response.ok) throw new BilingualError(message('dataFileHttp', { file, status: response.status }));
  const data = (await response.json()) as Partial<IndicatorData>;
  if (!Array.isArray(data.indicators) || !Array.isArray(data.columns))
    throw new BilingualError({
      zh: INDICATOR_TEXT.zh.indicatorsNotData.replace('{file}', file),
      en: INDICATOR_TEXT.en.indicatorsNotData.replace('{file}', file),
    });
  return data as IndicatorData;
}
