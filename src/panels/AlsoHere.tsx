import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** The other features under the clicked point: one click away, keeping the same list. */
export function AlsoHere() {
  const t = useT();
  const store = useAppStoreApi();
  const selectedId = useAppStore((s) => s.selectedId);
  const alsoHere = useAppStore((s) => s.alsoHere);
  const lang = useAppStore((s) => s.lang);
  const byId = useAppStore((s) => s.data?.byId);
  if (alsoHere.length === 0 || !byId) return null;
  return (
    <nav className="also-here" aria-label={t('alsoHere')}>
      <h3>{t('alsoHere')}</h3>
      <ul className="plain">
        {alsoHere.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="link"
              onClick={() => store.getState().select(id, [selectedId!, ...alsoHere.filter((x) => x !== id)])}
            >
              {(lang === 'zh' ? byId.get(id)?.props.name : byId.get(id)?.props.name_en) ?? id}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
