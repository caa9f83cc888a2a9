import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { ZONE_COLOURS } from '../map/palette';
import { selectSelectedCounty, selectSelectedCountyZones } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** The selected county: name, zone(s) of the plan, border status, seat. */
export function CountyPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const county = useAppStore(selectSelectedCounty);
  const zoneProps = useAppStore(useShallow(selectSelectedCountyZones));
  if (!county) return <p className="panel-hint">{t('panelHint')}</p>;

  const name = lang === 'zh' ? county.name : county.name_en;
  const other = lang === 'zh' ? county.name_en : county.name;
  return (
    <article className="county-panel" aria-labelledby="county-title">
      <header>
        <h2 id="county-title">
          {name} <small lang={lang === 'zh' ? 'en' : 'zh'}>{other}</small>
        </h2>
        <button type="button" className="close" onClick={() => store.getState().select(null)} aria-label={t('close')}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t('zones')}</dt>
        <dd>
          <ul className="zone-list">
            {zoneProps.map((z) => (
              <li key={z.id}>
                <span className="swatch" style={{ background: ZONE_COLOURS[z.id] }} aria-hidden="true" />
                {lang === 'zh' ? z.name : z.name_en}
              </li>
            ))}
          </ul>
          {county.split && <p className="note">{t('splitNote')}</p>}
        </dd>
        <dt>{t('border')}</dt>
        <dd>{county.border ? t('borderYes') : t('borderNo')}</dd>
        <dt>{t('seat')}</dt>
        <dd>{lang === 'zh' ? county.seat : county.seat_en}</dd>
        <dt>{t('code')}</dt>
        <dd>{county.code}</dd>
        <dt>{t('source')}</dt>
        <dd className="source">{county.source}</dd>
      </dl>
    </article>
  );
}
