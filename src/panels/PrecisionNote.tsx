import '../i18n/strings-later';
import type { Precision, WorkPrecision } from '../data/types';
import { useT } from '../i18n/use-t';
import { MixedText } from './ZhText';

/** Where a position comes from, flagged when it is approximate or schematic. */
export function PrecisionNote({
  feature,
}: {
  feature: { source: string; precision: Precision | WorkPrecision | null; note?: string };
}) {
  const t = useT();
  const flagged = feature.precision === 'approximate' || feature.precision === 'schematic';
  return (
    <>
      {flagged && (
        <p className="precision-flag">
          {feature.precision === 'approximate' ? t('approximate') : t('schematicPosition')}
          {feature.note && (
            <>
              {': '}
              <MixedText text={feature.note} />
            </>
          )}
        </p>
      )}
      <p className="source">
        <MixedText text={feature.source} />
      </p>
    </>
  );
}
