import { type FormEvent, useRef, useState } from 'react';
import { BASEMAP_TEXT, type BasemapTextKey, basemapText } from '../i18n/basemap-text';
import type { Bilingual } from '../i18n/bilingual';
import { STRINGS } from '../i18n/strings';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { BASEMAP_IDS, type BasemapId, type DemEncoding } from './basemap-choice';
import { BASEMAP_NAME } from './providers';
import { checkTileUrl } from './tile-url';
import './basemap-panel.css';

const HINT: Record<BasemapId, BasemapTextKey> = {
  none: 'basemapNoneHint',
  'tianditu-vector': 'basemapTiandituVectorHint',
  'tianditu-image': 'basemapTiandituImageHint',
  osm: 'basemapOsmHint',
  custom: 'basemapCustomHint',
};

const needsKey = (id: BasemapId) => id === 'tianditu-vector' || id === 'tianditu-image';

/**
 * The basemap choices, the 天地图 key and the custom tile URL (both kept in this
 * browser only), and the hillshade from elevation tiles. A choice whose key or
 * URL is missing asks for it instead of switching; a refused URL says why.
 */
export default function BasemapPanel({ id }: { id: string }) {
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const t = (key: BasemapTextKey) => BASEMAP_TEXT[lang][key];
  const basemap = useAppStore((s) => s.basemap);
  const hillshade = useAppStore((s) => s.hillshade);
  const settings = useAppStore((s) => s.basemapSettings);
  const [key, setKey] = useState(settings.tiandituKey);
  const [url, setUrl] = useState(settings.customUrl);
  const [demUrl, setDemUrl] = useState(settings.demUrl);
  const [encoding, setEncoding] = useState<DemEncoding>(settings.demEncoding);
  // The choice waiting for its key or URL.
  const [wanted, setWanted] = useState<BasemapId | null>(null);
  const [problem, setProblem] = useState<Bilingual | null>(null);
  const keyField = useRef<HTMLInputElement>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const demField = useRef<HTMLInputElement>(null);

  const choose = (choice: BasemapId) => {
    const s = store.getState();
    setProblem(null);
    if (needsKey(choice) && !s.basemapSettings.tiandituKey.trim()) {
      setWanted(choice);
      setProblem(basemapText('basemapNeedsKey'));
      keyField.current?.focus();
    } else if (choice === 'custom' && !checkTileUrl(s.basemapSettings.customUrl).ok) {
      setWanted(choice);
      setProblem(basemapText('basemapNeedsUrl'));
      urlField.current?.focus();
    } else {
      setWanted(null);
      s.setBasemap(choice);
    }
  };

  const saveKey = (e: FormEvent) => {
    e.preventDefault();
    const s = store.getState();
    if (!key.trim()) {
      setProblem(basemapText('basemapNeedsKey'));
      return;
    }
    setProblem(null);
    s.setBasemapSettings({ tiandituKey: key.trim() });
    const target = wanted && needsKey(wanted) ? wanted : needsKey(s.basemap) ? s.basemap : 'tianditu-vector';
    setWanted(null);
    s.setBasemap(target);
  };

  const saveUrl = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkTileUrl(url);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    setWanted(null);
    store.getState().setBasemapSettings({ customUrl: url.trim() });
    store.getState().setBasemap('custom');
  };

  const toggleHillshade = (on: boolean) => {
    const s = store.getState();
    setProblem(null);
    if (on && !checkTileUrl(s.basemapSettings.demUrl).ok) {
      setProblem(basemapText('basemapNeedsUrl'));
      demField.current?.focus();
      return;
    }
    s.setHillshade(on);
  };

  const saveDem = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkTileUrl(demUrl);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    store.getState().setBasemapSettings({ demUrl: demUrl.trim(), demEncoding: encoding });
    store.getState().setHillshade(true);
  };

  return (
    <div id={id} className="basemap-panel" role="dialog" aria-label={t('basemapTitle')}>
      <fieldset>
        <legend>{STRINGS[lang].basemap}</legend>
        {BASEMAP_IDS.map((choice) => (
          <label key={choice} className="basemap-choice">
            <input
              type="radio"
              name="basemap"
              value={choice}
              checked={basemap === choice}
              onChange={() => choose(choice)}
            />
            <span>
              {t(BASEMAP_NAME[choice])}
              <small>{t(HINT[choice])}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <form onSubmit={saveKey} className="basemap-field">
        <label>
          {t('tiandituKey')}
          <input
            ref={keyField}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
        </label>
        <button type="submit">{t('basemapApply')}</button>
        <small>{t('tiandituKeyHint')}</small>
      </form>
      <form onSubmit={saveUrl} className="basemap-field">
        <label>
          {t('tileUrl')}
          <input
            ref={urlField}
            type="url"
            spellCheck={false}
            placeholder="https://tiles.example.cn/{z}/{x}/{y}.png"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <button type="submit">{t('basemapApply')}</button>
        <small>{t('tileUrlHint')}</small>
      </form>
      <fieldset className="basemap-relief">
        <legend>{t('hillshade')}</legend>
        <label className="basemap-choice">
          <input type="checkbox" checked={hillshade} onChange={(e) => toggleHillshade(e.target.checked)} />
          <span>
            {t('hillshade')}
            <small>{t('hillshadeHint')}</small>
          </span>
        </label>
        <form onSubmit={saveDem} className="basemap-field">
          <label>
            {t('demUrl')}
            <input
              ref={demField}
              type="url"
              spellCheck={false}
              placeholder="https://dem.example.cn/{z}/{x}/{y}.png"
              value={demUrl}
              onChange={(e) => setDemUrl(e.target.value)}
            />
          </label>
          <label>
            {t('demEncoding')}
            <select value={encoding} onChange={(e) => setEncoding(e.target.value as DemEncoding)}>
              <option value="terrarium">Terrarium</option>
              <option value="mapbox">Mapbox RGB</option>
            </select>
          </label>
          <button type="submit">{t('basemapApply')}</button>
        </form>
      </fieldset>
      {problem && (
        <p className="basemap-problem" role="alert">
          {problem[lang]}
        </p>
      )}
      <p className="basemap-note">{t('basemapOnline')}</p>
    </div>
  );
}
