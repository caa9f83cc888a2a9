import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { goToScene } from './agenda-actions';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Meeting mode: the scene's title and caption over the map, and the keys of a
 * presentation clicker: → PageDown Space next, ← PageUp previous, Home End,
 * 1–9 jump, B blanks the screen, Esc leaves.
 */
export function Presenter() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const agenda = useAppStore((s) => s.agenda);
  const index = useAppStore((s) => s.sceneIndex);
  const blanked = useAppStore((s) => s.blanked);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && TYPING.has(e.target.tagName)) return;
      const s = store.getState();
      const at = s.sceneIndex ?? 0;
      const last = s.agenda.length - 1;
      let handled = true;
      if (s.blanked && e.key !== 'Escape') s.setBlanked(false);
      else if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ')
        goToScene(store, Math.min(at + 1, last));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') goToScene(store, Math.max(at - 1, 0));
      else if (e.key === 'Home') goToScene(store, 0);
      else if (e.key === 'End') goToScene(store, last);
      else if (/^[1-9]$/.test(e.key)) goToScene(store, Number(e.key) - 1);
      else if (e.key === 'b' || e.key === 'B' || e.key === '.') s.setBlanked(!s.blanked);
      else if (e.key === 'Escape') leave();
      else handled = false;
      if (handled) e.preventDefault();
    };
    const leave = () => {
      store.getState().setPresenting(false);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const scene = index !== null ? agenda[index] : undefined;
  return (
    <>
      {scene && (
        <section className="scene-caption" data-covers-map aria-live="polite" aria-label={t('sceneCaption')}>
          <p className="scene-count">{`${(index ?? 0) + 1} / ${agenda.length}`}</p>
          <h2>{lang === 'zh' ? scene.title : scene.title_en}</h2>
          {scene.caption && <p className="scene-quote">“{scene.caption}”</p>}
          {scene.cite && <p className="scene-cite">{`——《纲要》${scene.cite}`}</p>}
        </section>
      )}
      <button type="button" className="leave-meeting" onClick={() => store.getState().setPresenting(false)}>
        {t('leaveMeeting')}
      </button>
      {blanked && <div className="blank-screen" role="presentation" />}
    </>
  );
}

/** Starts presenting at a scene, full screen where the browser allows it. */
export function startPresenting(store: Parameters<typeof goToScene>[0], at = 0) {
  store.getState().setPresenting(true);
  store.getState().openAgenda(false);
  store.getState().openReader(false);
  goToScene(store, at);
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
