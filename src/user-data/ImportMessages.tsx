import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** The import's result (role="status") or error (role="alert"), with what was left out, until dismissed. */
export function ImportMessages() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const message = useAppStore((s) => s.importMessage);
  if (!message) return null;
  return (
    <div className={`import-message ${message.tone}`} role={message.tone}>
      <p>{message.text[lang]}</p>
      {message.details.length > 0 && (
        <ul>
          {message.details.map((d, i) => (
            // The same message can come twice (two rows with the same fault).
            // biome-ignore lint/suspicious/noArrayIndexKey: a list that never reorders
            <li key={i}>{d[lang]}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => store.getState().showImportMessage(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
