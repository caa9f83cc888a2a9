import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/strings';

/** Map labels follow the interface language: the plan's Chinese name, or name_en. */
export function nameField(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['get', 'name'] : ['get', 'name_en'];
}
