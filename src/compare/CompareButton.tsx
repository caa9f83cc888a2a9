import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { defaultCompare } from './open-compare';

/** 对比分析: opens the comparison (its map and controls load then) or closes it. */
export function CompareButton() {
  const t = useT();
  const store = useAppStoreApi();
  const on = useAppStore((s) => s.compare !== null);
  return (
    <button
      type="button"
      className="lang-toggle"
      aria-pressed={on}
      onClick={() => store.getState().setCompare(on ? null : defaultCompare(store.getState()))}
    >
      {t('compare')}
    </button>
  );
}
