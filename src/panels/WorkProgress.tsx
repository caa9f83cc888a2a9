import type { WorkProps } from '../data/types';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store-context';
import { statusName } from '../symbology/work-classes';

/** How far along a work is, after its name in a list: （前期工作）, and 未上图 for an unplaced one. */
export function WorkProgress({ work }: { work: WorkProps }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const parts = [...(work.status ? [statusName(work.status, lang)] : []), ...(work.placed ? [] : [t('notOnMap')])];
  if (parts.length === 0) return null;
  const text = parts.join(lang === 'zh' ? '，' : ', ');
  return <span className="work-progress">{lang === 'zh' ? `（${text}）` : ` (${text})`}</span>;
}
