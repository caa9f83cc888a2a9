import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** The header's button that folds a drawer away or brings it back (名称: 图例与筛选, 详情). */
export function FoldButton({ drawer }: { drawer: 'legend' | 'details' }) {
  const t = useT();
  const store = useAppStoreApi();
  const open = useAppStore((s) => (drawer === 'legend' ? s.legendOpen : s.detailsOpen));
  return (
    <button
      type="button"
      className={`lang-toggle fold-button fold-${drawer}`}
      aria-expanded={open}
      aria-controls={`${drawer}-drawer`}
      onClick={() => store.getState().setDrawers(drawer === 'legend' ? { legendOpen: !open } : { detailsOpen: !open })}
    >
      {t(drawer === 'legend' ? 'legend' : 'details')}
    </button>
  );
}
