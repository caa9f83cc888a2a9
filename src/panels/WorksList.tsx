import { useMemo, useState } from 'react';
import type { WorkProps, WorkStatus } from '../data/types';
import { crumbText } from '../i18n/plan-labels';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { WorkProgress } from './WorkProgress';

type SortBy = 'plan' | 'status';

/** Farthest along first: 建成, 开工建设, 前期工作, 研究论证, then works the plan gives no progress. */
const STATUS_ORDER: (WorkStatus | undefined)[] = ['built', 'start-building', 'preparatory', 'study', undefined];

/** The 专栏 a work's first project belongs to (col05.g1.i1.p1 → 5), or null for a work of the main text. */
const columnOf = (w: WorkProps): number | null => {
  const m = /^col(\d\d)\./.exec(w.projects[0] ?? '');
  return m ? Number(m[1]) : null;
};

/**
 * The body of the 重点项目 list (loaded when it is first opened): every named work, grouped by its 专栏 (works of the main
 * text last), in the plan's order or by progress; a row selects the work and
 * shows it on the map.
 */
export function WorksList() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const works = useAppStore((s) => s.data?.works.features);
  const selected = useAppStore((s) => s.selectedId);
  const [sortBy, setSortBy] = useState<SortBy>('plan');
  const groups = useMemo(() => {
    const byColumn = new Map<number | null, WorkProps[]>();
    for (const w of (works ?? []).map((f) => f.properties))
      byColumn.set(columnOf(w), [...(byColumn.get(columnOf(w)) ?? []), w]);
    const rank = (w: WorkProps) => STATUS_ORDER.indexOf(w.status);
    return [...byColumn.entries()]
      .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
      .map(([column, members]) => ({
        column,
        members: sortBy === 'status' ? [...members].sort((a, b) => rank(a) - rank(b)) : members,
      }));
  }, [works, sortBy]);
  if (!works) return null;
  return (
    <>
      <p className="panel-hint">{t('worksListHint')}</p>
      <label className="list-controls">
        {t('sortBy')}{' '}
        <select value={sortBy} onChange={(e) => setSortBy(e.target.value as SortBy)}>
          <option value="plan">{t('sortByPlan')}</option>
          <option value="status">{t('sortStatus')}</option>
        </select>
      </label>
      <ul className="list-groups" aria-label={t('worksList')}>
        {groups.map(({ column, members }) => (
          <li key={column ?? 'text'}>
            <h4 className="list-group">
              {column === null ? t('worksOtherPassages') : crumbText({ kind: 'column', number: column }, lang)}{' '}
              <span className="count">{members.length}</span>
            </h4>
            <ul>
              {members.map((w) => (
                <li key={w.id}>
                  <button
                    type="button"
                    className={selected === w.id ? 'list-row hovered' : 'list-row'}
                    aria-current={selected === w.id}
                    onClick={() => store.getState().focus(w.id)}
                  >
                    {lang === 'zh' ? w.name : w.name_en}
                    <WorkProgress work={w} />
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
