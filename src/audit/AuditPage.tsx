import { useEffect, useState } from 'react';
import type { AuditReport } from '../data/audit-types';
import { sectionTitle } from '../i18n/audit-strings';
import { type Bilingual, errorReason } from '../i18n/bilingual';
import { useScreen } from '../layout/use-screen';
import { SidePanelHeader } from '../panels/SidePanelHeader';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { AuditRowItem } from './AuditRowItem';
import { loadAudit } from './load-audit';
import { statusCounts } from './status-counts';
import { useAuditT } from './use-audit-t';

/** Sections open at first: the short ones that decide whether the audit passes. */
const OPEN_AT_FIRST = new Set(['counts', 'names']);

/**
 * 图文一致性检查: the audit report, section by section, with counts; a row's
 * passage opens the reader there, its feature is selected on the map. Loaded
 * on demand, with its data.
 */
export default function AuditPage() {
  const t = useAuditT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const phone = useScreen() === 'narrow';
  const [report, setReport] = useState<AuditReport | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  useEffect(() => {
    let live = true;
    loadAudit().then(
      (r) => live && setReport(r),
      (e: unknown) => live && setError(errorReason(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const showFeature = (id: string) => {
    store.getState().focus(id);
    // On a phone the page covers the map: step back to it, where the sheet shows the feature.
    if (phone) store.getState().openAudit(false);
  };
  const showPassage = (ref: string) => store.getState().showParagraph(ref);

  return (
    <section className="audit" aria-label={t('auditTitle')}>
      <SidePanelHeader title={t('auditTitle')} onClose={() => store.getState().openAudit(false)} />
      <p className="audit-intro">{t('auditIntro')}</p>
      {error && (
        <p className="panel-error" role="alert">
          {error[lang]}
        </p>
      )}
      {!report && !error && <p className="panel-hint">{t('auditLoading')}</p>}
      {report?.sections.map((section) => (
        <details
          key={section.id}
          className="audit-section"
          data-section={section.id}
          open={OPEN_AT_FIRST.has(section.id)}
        >
          <summary>
            <h3>{sectionTitle(lang, section.id)}</h3>
            <span className="audit-count">{t('auditRows').replace('{n}', String(section.rows.length))}</span>
            <span className="audit-tally">
              {statusCounts(section.rows, lang)
                .map(({ word, n }) => `${word} ${n}`)
                .join(' · ')}
            </span>
          </summary>
          {section.rows.length === 0 ? (
            <p className="panel-hint">{t('auditNoRows')}</p>
          ) : (
            <ul className="audit-rows">
              {section.rows.map((row, i) => (
                <AuditRowItem
                  // biome-ignore lint/suspicious/noArrayIndexKey: the rows of one fixed report
                  key={i}
                  row={row}
                  onPassage={showPassage}
                  onFeature={showFeature}
                />
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
