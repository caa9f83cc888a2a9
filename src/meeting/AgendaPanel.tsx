import '../i18n/strings-later';
import { useRef, useState } from 'react';
import { type Bilingual, message as bilingual, inBoth } from '../i18n/bilingual';
import { useT } from '../i18n/use-t';
import { SidePanelHeader } from '../panels/SidePanelHeader';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import {
  addCurrentView,
  deleteScene,
  exportAgenda,
  goToScene,
  importAgenda,
  missingSceneLayers,
  moveScene,
  renameScene,
  setSceneNotes,
} from './agenda-actions';
import { NOTES_MAX } from './agenda-file';
import { startPresenting } from './presenting';
import { sceneTitle } from './scenes';

/** The agenda: scenes to present, edit, reorder, export and import. */
export default function AgendaPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const agenda = useAppStore((s) => s.agenda);
  const current = useAppStore((s) => s.sceneIndex);
  const userLayers = useAppStore((s) => s.userLayers);
  const [message, setMessage] = useState<Bilingual | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const title = (scene: Parameters<typeof sceneTitle>[0]) => sceneTitle(scene, lang);

  return (
    <section className="agenda" aria-label={t('agenda')}>
      <SidePanelHeader title={t('agenda')} onClose={() => store.getState().openAgenda(false)} />
      <button type="button" className="primary" onClick={() => startPresenting(store, current ?? 0)}>
        ▶ {t('startPresenting')}
      </button>
      <ol className="scenes">
        {agenda.map((scene, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a scene's place in the agenda is its identity (views may repeat)
          <li key={i} className={i === current ? 'current' : undefined}>
            <button type="button" className="link" onClick={() => goToScene(store, i)}>
              {title(scene)}
            </button>
            {scene.userLayers && (
              <span
                className={
                  missingSceneLayers(userLayers, scene.userLayers).length > 0 ? 'scene-needs missing' : 'scene-needs'
                }
              >
                {t('sceneNeeds')}
                {scene.userLayers.join(lang === 'zh' ? '、' : ', ')}
              </span>
            )}
            <span className="scene-tools">
              <button
                type="button"
                aria-label={`${t('moveUp')} ${title(scene)}`}
                onClick={() => moveScene(store, i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`${t('moveDown')} ${title(scene)}`}
                onClick={() => moveScene(store, i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`${t('rename')} ${title(scene)}`}
                onClick={() => {
                  const renamed = window.prompt(t('rename'), title(scene));
                  if (renamed?.trim()) renameScene(store, i, renamed.trim(), lang);
                }}
              >
                ✎
              </button>
              <button
                type="button"
                aria-label={`${t('deleteScene')} ${title(scene)}`}
                onClick={() => deleteScene(store, i)}
              >
                ×
              </button>
            </span>
            <details className="scene-notes">
              <summary>{t('speakerNotes')}</summary>
              <textarea
                aria-label={`${t('notesFor')}${sceneTitle(scene, lang)}`}
                value={scene.notes ?? ''}
                maxLength={NOTES_MAX}
                rows={3}
                onChange={(e) => setSceneNotes(store, i, e.target.value)}
              />
            </details>
          </li>
        ))}
      </ol>
      <div className="agenda-actions">
        <button type="button" onClick={() => addCurrentView(store, `${t('sceneN')} ${agenda.length + 1}`)}>
          {t('addScene')}
        </button>
        <button type="button" onClick={() => exportAgenda(store)}>
          {t('exportAgenda')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('importAgenda')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label={t('importAgenda')}
          hidden
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const error = await importAgenda(store, file);
            setMessage(
              error
                ? inBoth((s, l) => `${s.importRefused}${l === 'zh' ? '：' : ': '}${error[l]}`)
                : bilingual('imported'),
            );
          }}
        />
      </div>
      {message && (
        <p className="notice-inline" role="alert">
          {message[lang]}
        </p>
      )}
    </section>
  );
}
