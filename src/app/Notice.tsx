import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** A one-off message (a bad link, a failed load) that never hides the map. */
export function Notice() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const notice = useAppStore((s) => s.notice);
  const dataError = useAppStore((s) => s.dataError);
  if (!notice && !dataError) return null;
  return (
    <div className="notice" role="alert">
      {dataError ? `${t('dataError')}${lang === 'zh' ? '：' : ': '}${dataError[lang]}` : notice?.[lang]}
      {notice && !dataError && (
        <button type="button" onClick={() => store.getState().showNotice(null)}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
