import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store-context';

const WorksList = lazy(() => import('./WorksList').then((m) => ({ default: m.WorksList })));

/** The 重点项目 list, folded; its body loads on first opening, so the first visit downloads none of it. */
export function WorksListToggle() {
  const t = useT();
  const count = useAppStore((s) => s.data?.works.features.length ?? 0);
  const [open, setOpen] = useState(false);
  return (
    <details className="works-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3>
          {t('worksList')} <span className="count">{count}</span>
        </h3>
      </summary>
      {open && (
        <Suspense fallback={<p className="panel-hint">{t('loading')}</p>}>
          <WorksList />
        </Suspense>
      )}
    </details>
  );
}
