import '../i18n/strings-later';
import { BASEMAP_IDS } from '../basemap/basemap-choice';
import { useT } from '../i18n/use-t';
import { sceneTitle } from '../meeting/scenes';
import type { CompareView } from '../store/compare-slice';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { formatCompareSource, parseCompareSource } from '../url/compare-codec';
import { sourceName } from './source-name';

/** The comparison's controls: what the second side shows, swipe or side by side, and the way out. */
export function CompareBar({ compare, onExit }: { compare: CompareView; onExit: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const agenda = useAppStore((s) => s.agenda);
  const userLayers = useAppStore((s) => s.userLayers);
  const presenting = useAppStore((s) => s.presenting);
  const set = (change: Partial<CompareView>) => store.getState().setCompare({ ...compare, ...change });
  const names = { agenda, userLayers };
  return (
    <fieldset className="compare-bar" aria-label={t('compare')}>
      <label className="compare-source">
        <span>{t('compareWith')}</span>
        <select
          value={formatCompareSource(compare.source)}
          onChange={(e) => {
            const source = parseCompareSource(e.target.value);
            if (source) set({ source });
            // A clicker's arrow keys step the scenes, not this list.
            if (presenting) e.currentTarget.blur();
          }}
        >
          <optgroup label={t('compareScenes')}>
            {agenda.map((scene, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a scene is known by its number here, as in the link
              <option key={`scene:${i + 1}`} value={`scene:${i + 1}`}>
                {`${i + 1}. ${sceneTitle(scene, lang)}`}
              </option>
            ))}
          </optgroup>
          {userLayers.length > 0 && (
            <optgroup label={t('compareLayers')}>
              {userLayers.map((l) => (
                <option key={l.id} value={`layer:${l.id}`}>
                  {l.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('compareBasemaps')}>
            {BASEMAP_IDS.map((id) => (
              <option key={id} value={`bm:${id}`}>
                {sourceName(names, { kind: 'basemap', basemap: id }, lang)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <span className="compare-modes">
        <button type="button" aria-pressed={compare.mode === 'swipe'} onClick={() => set({ mode: 'swipe' })}>
          {t('compareSwipe')}
        </button>
        <button type="button" aria-pressed={compare.mode === 'side'} onClick={() => set({ mode: 'side' })}>
          {t('compareSide')}
        </button>
      </span>
      <button type="button" className="compare-exit" onClick={onExit}>
        {t('compareExit')}
      </button>
    </fieldset>
  );
}
