import type { AuditRow, AuditStatus } from '../data/audit-types';
import { statusWord } from '../i18n/audit-strings';
import type { Lang } from '../i18n/strings';

/** How many rows of each status a section has, in the order they first appear. */
export function statusCounts(
  rows: readonly AuditRow[],
  lang: Lang,
): { status: AuditStatus; word: string; n: number }[] {
  const counts = new Map<AuditStatus, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => ({ status, word: statusWord(lang, status), n }));
}
