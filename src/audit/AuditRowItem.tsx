import type { AuditRow } from '../data/audit-types';
import { statusWord } from '../i18n/audit-strings';
import { MixedText, Zh } from '../panels/ZhText';
import { useAppStore } from '../store/store-context';
import { useAuditT } from './use-audit-t';

/**
 * One row of the audit: its status, the name as the plan writes it, the
 * figures of a count, the data's note, and links to its passages (the reader)
 * and its features (the map).
 */
export function AuditRowItem({
  row,
  onPassage,
  onFeature,
}: {
  row: AuditRow;
  onPassage: (ref: string) => void;
  onFeature: (id: string) => void;
}) {
  const t = useAuditT();
  const lang = useAppStore((s) => s.lang);
  const byId = useAppStore((s) => s.data?.byId);
  return (
    <li className="audit-row" data-status={row.status}>
      <div className="audit-line">
        <span className="audit-status" data-status={row.status}>
          {statusWord(lang, row.status)}
        </span>
        <span className="audit-name">
          <Zh>{row.name}</Zh>
        </span>
        {row.plan !== undefined && (
          <span className="audit-figures">
            {t('auditPlanFigure')} <strong>{row.plan}</strong> · {t('auditDataFigure')} <strong>{row.data}</strong>
          </span>
        )}
      </div>
      {row.note && (
        <p className="audit-note">
          <MixedText text={row.note} />
        </p>
      )}
      <div className="audit-links">
        {row.refs.length > 0 && <span className="audit-link-label">{t('auditPassage')}</span>}
        {row.refs.map((ref) => (
          <button
            key={ref}
            type="button"
            className="place-link audit-passage"
            aria-label={`${t('auditPassage')} ${ref}`}
            onClick={() => onPassage(ref)}
          >
            {ref}
          </button>
        ))}
        {row.features.length > 0 && <span className="audit-link-label">{t('auditFeature')}</span>}
        {row.features.map((id) => (
          <button
            key={id}
            type="button"
            className="place-link audit-feature"
            data-feature={id}
            onClick={() => onFeature(id)}
          >
            <Zh>{byId?.get(id)?.props.name ?? id}</Zh>
          </button>
        ))}
      </div>
    </li>
  );
}
