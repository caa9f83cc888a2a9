import '../i18n/strings-later';
import { useCallback, useEffect } from 'react';
import { CompareButton } from '../compare/CompareButton';
import { sceneCiteText } from '../i18n/plan-labels';
import { useT } from '../i18n/use-t';
import { PlanQuote } from '../panels/ZhText';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { PresentationCommand } from './presentation-keys';
import { PRESENTATION_FRAME, runPresentationCommand, stopPresenting } from './presenting';
import { openPresenterView } from './projector-link';
import { sceneTitle } from './scenes';
import { useIdleCursor } from './use-idle-cursor';
import { usePresentationKeys } from './use-presentation-keys';

/**
 * Meeting mode on the projector: the scene's title and caption over the map, a
 * thin progress line, and the keys of a presentation clicker. Leaving full
 * screen (Esc, which the browser keeps for itself then) leaves the presentation.
 */
export default function Presenter() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const agenda = useAppStore((s) => s.agenda);
  const index = useAppStore((s) => s.sceneIndex);
  const blanked = useAppStore((s) => s.blanked);
  useIdleCursor();
  const acceptsAll = useCallback(() => true, []);
  const run = useCallback((command: PresentationCommand) => runPresentationCommand(store, command), [store]);
  usePresentationKeys(store, acceptsAll, run);

  useEffect(() => {
    const onFullscreenChange = () => {
      const frame = document.querySelector(PRESENTATION_FRAME);
      if (frame && document.fullscreenElement !== frame && store.getState().presenting) stopPresenting(store);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, [store]);

  const scene = index !== null ? agenda[index] : undefined;
  const at = (index ?? 0) + 1;
  return (
    <>
      {scene && (
        <section className="scene-caption" data-covers-map aria-live="polite" aria-label={t('sceneCaption')}>
          <p className="scene-count">{`${at} / ${agenda.length}`}</p>
          <h2>{sceneTitle(scene, lang)}</h2>
          {scene.caption && (
            <p className="scene-quote">
              <PlanQuote inline>“{scene.caption}”</PlanQuote>
            </p>
          )}
          {scene.cite && <p className="scene-cite">{sceneCiteText(scene.cite, lang)}</p>}
        </section>
      )}
      <div
        className="presentation-progress"
        role="progressbar"
        aria-label={t('presentationProgress')}
        aria-valuemin={1}
        aria-valuemax={agenda.length}
        aria-valuenow={at}
        aria-valuetext={`${at} / ${agenda.length}`}
      >
        <div style={{ width: `${(100 * at) / Math.max(1, agenda.length)}%` }} />
      </div>
      <div className="presenting-tools">
        <button type="button" onClick={() => stopPresenting(store)}>
          {t('leaveMeeting')}
        </button>
        <button type="button" onClick={openPresenterView}>
          {t('presenterView')}
        </button>
        <button type="button" onClick={() => store.getState().openQr(true)}>
          {t('qrCode')}
        </button>
        <CompareButton />
      </div>
      {blanked && <div className="blank-screen" role="presentation" />}
    </>
  );
}
