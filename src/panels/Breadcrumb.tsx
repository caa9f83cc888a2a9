import '../i18n/strings-later';
import { useT } from '../i18n/use-t';
import { selectSelected } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** 全市 › 吉隆县 › 吉隆镇: the way back to the overview, or up to the county. */
export function Breadcrumb() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore(selectSelected);
  const countyId = selected && 'county' in selected.props ? selected.props.county : null;
  const county = useAppStore((s) => (countyId ? s.data?.byId.get(countyId)?.props : undefined));
  const name = (p: { name: string; name_en: string }) => (lang === 'zh' ? p.name : p.name_en);
  const toCity = () => {
    store.getState().select(null);
    store.getState().setCamera(null, 'app');
  };
  return (
    <nav className="breadcrumb-nav" aria-label={t('breadcrumb')}>
      <button type="button" className="link" onClick={toCity}>
        {t('backToCity')}
      </button>
      {county && (
        <>
          {' › '}
          <button type="button" className="link" onClick={() => store.getState().focus(county.id)}>
            {name(county)}
          </button>
        </>
      )}
      {selected && (
        <>
          {' › '}
          <span aria-current="page">{name(selected.props)}</span>
        </>
      )}
    </nav>
  );
}
