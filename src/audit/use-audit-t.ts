import { useCallback } from 'react';
import { AUDIT_TEXT, type AuditStringKey } from '../i18n/audit-strings';
import { useAppStore } from '../store/store-context';

/** The audit page's words in the current language (they load with the page). */
export function useAuditT(): (key: AuditStringKey) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key: AuditStringKey) => AUDIT_TEXT[lang][key], [lang]);
}
