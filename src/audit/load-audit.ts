import auditUrl from '../../geodata/audit.json?url';
import type { AuditReport } from '../data/audit-types';
import { AUDIT_TEXT } from '../i18n/audit-strings';
import { BilingualError, message } from '../i18n/bilingual';

/** Fetches the audit report (written by `npm run audit`), only when the audit page opens. */
export async function loadAudit(): Promise<AuditReport> {
  const response = await fetch(auditUrl);
  if (!response.ok) throw new BilingualError(message('dataFileHttp', { file: 'audit.json', status: response.status }));
  const report = (await response.json()) as Partial<AuditReport>;
  if (report.version !== 1 || !Array.isArray(report.sections))
    throw new BilingualError({ zh: AUDIT_TEXT.zh.auditNotAudit, en: AUDIT_TEXT.en.auditNotAudit });
  return report as AuditReport;
}
