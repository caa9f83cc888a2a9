import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import './update-notice.css';

/** Says that a new deployment is ready, and offers to switch to it now. */
export function UpdateNotice() {
  const t = useT();
  const store = useAppStoreApi();
  const applyUpdate = useAppStore((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div className="notice update-notice" role="status">
      {t('appUpdated')}
      <button type="button" onClick={applyUpdate}>
        {t('appUpdateNow')}
      </button>
      <button type="button" onClick={() => store.getState().setUpdateReady(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
