import '../i18n/strings-later';
import { useCallback, useEffect, useState } from 'react';
import { sceneCiteText } from '../i18n/plan-labels';
import type { Lang } from '../i18n/strings';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { PresentationCommand } from './presentation-keys';
import { type Scene, sceneTitle } from './scenes';
import { usePresentationKeys } from './use-presentation-keys';
import './presenter-view.css';

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600) > 0 ? `${Math.floor(s / 3600)}:` : ''}${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};

/** A scene as the speaker reads it: title, caption and citation, then the notes. */
function SceneCard({ scene, lang, label }: { scene: Scene; lang: Lang; label: string }) {
  const t = useT();
  return (
    <section className="presenter-scene" aria-label={label}>
      <p className="presenter-scene-label">{label}</p>
      <h2>{sceneTitle(scene, lang)}</h2>
      {scene.caption && <p className="presenter-caption">“{scene.caption}”</p>}
      {scene.cite && <p className="presenter-cite">{sceneCiteText(scene.cite, lang)}</p>}
      <h3>{t('speakerNotes')}</h3>
      <p className={scene.notes ? 'presenter-notes' : 'presenter-notes empty'}>{scene.notes || t('noNotes')}</p>
    </section>
  );
}

/**
 * 演讲者视图: on the speaker's screen, the scene shown and the next one with
 * their notes, a timer, and buttons and keys that drive the projector window.
 */
export function PresenterView({ send, connected }: { send: (c: PresentationCommand) => void; connected: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const agenda = useAppStore((s) => s.agenda);
  const index = useAppStore((s) => s.sceneIndex);
  const presenting = useAppStore((s) => s.presenting);
  const blanked = useAppStore((s) => s.blanked);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    document.title = `${t('presenterView')} · ${t('title')}`;
  }, [t]);
  // Esc belongs to this window (it would otherwise end the talk from the wrong screen).
  const accepts = useCallback((c: PresentationCommand) => c.type !== 'leave', []);
  usePresentationKeys(store, accepts, send);

  if (!connected) {
    return (
      <main className="presenter-view">
        <p role="status">{t('presenterWaiting')}</p>
      </main>
    );
  }
  const at = index ?? 0;
  const current = agenda[at];
  const next = agenda[at + 1];
  return (
    <main className="presenter-view" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="presenter-bar">
        <h1>{t('presenterView')}</h1>
        <p className="presenter-count" role="status">
          {presenting ? `${at + 1} / ${agenda.length}` : t('presenterNotPresenting')}
          {blanked && ` · ${t('blankedNotice')}`}
        </p>
        <p className="presenter-timer">
          <span>{t('elapsed')}</span> <time>{clock(now - startedAt)}</time>
          <button type="button" onClick={() => setStartedAt(Date.now())}>
            {t('resetTimer')}
          </button>
        </p>
      </header>
      <div className="presenter-controls">
        {!presenting && (
          <button type="button" onClick={() => send({ type: 'start', fromCurrent: true })}>
            ▶ {t('startPresenting')}
          </button>
        )}
        <button type="button" onClick={() => send({ type: 'previous' })} disabled={at === 0}>
          ← {t('previousScene')}
        </button>
        <button type="button" onClick={() => send({ type: 'next' })} disabled={at >= agenda.length - 1}>
          {t('nextScene')} →
        </button>
        <button type="button" aria-pressed={blanked} onClick={() => send({ type: 'blank' })}>
          {t('blankScreen')}
        </button>
      </div>
      <div className="presenter-scenes">
        {current && <SceneCard scene={current} lang={lang} label={t('sceneCaption')} />}
        {next ? (
          <SceneCard scene={next} lang={lang} label={t('upNext')} />
        ) : (
          <section className="presenter-scene" aria-label={t('upNext')}>
            <p className="presenter-scene-label">{t('upNext')}</p>
            <p>{t('lastScene')}</p>
          </section>
        )}
      </div>
      <ol className="presenter-agenda" aria-label={t('agenda')}>
        {agenda.map((scene, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a scene's place in the agenda is its identity
          <li key={i} aria-current={i === at ? 'step' : undefined}>
            <button type="button" onClick={() => send({ type: 'scene', index: i })}>
              {sceneTitle(scene, lang)}
            </button>
          </li>
        ))}
      </ol>
    </main>
  );
}
