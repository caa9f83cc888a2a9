import '../i18n/strings-later';
import { useShallow } from 'zustand/react/shallow';
import type { CountyProps } from '../data/types';
import { useT } from '../i18n/use-t';
import { selectSelectedCountyZones } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { zoneColour } from '../symbology/classes';
import { CountyContents } from './CountyContents';
import { Fact, PanelHeader } from './PanelHeader';
import { MixedText } from './ZhText';

/** A county: its zone(s) in the plan, border status, seat. */
export function CountyPanel({ county }: { county: CountyProps }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zones = useAppStore(useShallow(selectSelectedCountyZones));
  const store = useAppStoreApi();
  return (
    <article className="feature-panel" aria-labelledby="feature-title">
      <PanelHeader name={county.name} nameEn={county.name_en} kindLabel={t('kindCounty')} />
      <dl>
        <Fact label={t('zones')}>
          <ul className="zone-list">
            {zones.map((z) => (
              <li key={z.id}>
                <span className="swatch" style={{ background: zoneColour(z.id) }} aria-hidden="true" />
                {lang === 'zh' ? z.name : z.name_en}
              </li>
            ))}
          </ul>
          {county.split && <p className="note">{t('splitNote')}</p>}
        </Fact>
        <Fact label={t('border')}>{county.border ? t('borderYes') : t('borderNo')}</Fact>
        <Fact label={t('seat')}>{lang === 'zh' ? county.seat : county.seat_en}</Fact>
        <Fact label={t('code')}>{county.code}</Fact>
        <Fact label={t('source')}>
          <span className="source">
            <MixedText text={county.source} />
          </span>
        </Fact>
      </dl>
      <button type="button" className="brief-button" onClick={() => store.getState().showBrief(county.id)}>
        {t('countyBrief')}
      </button>
      <CountyContents county={county.id} />
    </article>
  );
}
