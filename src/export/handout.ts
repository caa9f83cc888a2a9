import '../i18n/strings-later';
import { sceneCiteText } from '../i18n/plan-labels';
import { STRINGS } from '../i18n/strings';
import { type Scene, sceneTitle } from '../meeting/scenes';
import { type AppState, type AppStore, createAppStore } from '../store/app-store';
import { legendSections } from '../symbology/legend';
import { parseHash } from '../url/hash-codec';
import { viewFromHash } from '../url/url-sync';
import { composeCanvas, HANDOUT_TITLE_HEIGHT } from './compose-png';
import { COMPOSITION, compositionLayout } from './composition-layout';
import type { Size } from './paper';

/** A4 landscape, in millimetres, and the margin around each page's image. */
export const HANDOUT_PAGE = { width: 297, height: 210, margin: 8 } as const;

/** The composition's width in CSS pixels, and its pixel ratio: about 170 dpi on the page. */
const PAGE_CSS_WIDTH = 1600;
const PAGE_RATIO = 1.25;

export interface HandoutProgress {
  /** Called before each scene is drawn, with its 1-based number. */
  onPage: (n: number, total: number) => void;
  signal: AbortSignal;
}

/** The view of a scene, as a store state of its own: the presenter's store is never touched. */
export function sceneState(app: AppState, scene: Scene): AppState {
  const userLayers = scene.userLayers
    ? app.userLayers.map((l) => ({ ...l, visible: scene.userLayers?.includes(l.name) ?? l.visible }))
    : app.userLayers;
  const store = createAppStore({ data: app.data, lang: app.lang, userLayers, agenda: app.agenda });
  // The scene's view in the presenter's language, as the projector shows it.
  store.getState().applyView({ ...viewFromHash(parseHash(scene.view).state), lang: undefined });
  return store.getState();
}

/** The map size that makes the whole composition fill the page's printable area. */
function pageMapSize(state: AppState): Size {
  const sections = legendSections({
    lang: state.lang,
    hidden: state.hiddenLayers,
    filters: state.filters,
    userLayers: state.userLayers,
  }).length;
  const around = compositionLayout(PAGE_CSS_WIDTH, 0, sections, HANDOUT_TITLE_HEIGHT).height;
  const { width, height, margin } = HANDOUT_PAGE;
  const total = Math.round((PAGE_CSS_WIDTH * (height - 2 * margin)) / (width - 2 * margin));
  return { width: PAGE_CSS_WIDTH, height: Math.max(COMPOSITION.legendRowHeight * 2, total - around) };
}

/**
 * Draws every scene of the agenda off screen, one composed page each (title,
 * caption and citation, map with scale bar and north arrow, legend, sources,
 * 示意 notice, date, page number), and hands each to `use` in order.
 * Stops with an AbortError when `progress.signal` is aborted.
 */
export async function renderHandout(
  store: AppStore,
  progress: HandoutProgress,
  use: (page: HTMLCanvasElement, index: number, scene: Scene) => Promise<void>,
  now = new Date(),
) {
  const app = store.getState();
  const t = STRINGS[app.lang];
  const { agenda } = app;
  for (const [i, scene] of agenda.entries()) {
    progress.signal.throwIfAborted();
    progress.onPage(i + 1, agenda.length);
    const state = sceneState(app, scene);
    const caption = [scene.caption && `“${scene.caption}”`, scene.cite && sceneCiteText(scene.cite, app.lang)]
      .filter(Boolean)
      .join('  ');
    const page = await composeCanvas(state, pageMapSize(state), PAGE_RATIO, now, {
      title: sceneTitle(scene, app.lang),
      caption,
      page: t.handoutPage.replace('{n}', String(i + 1)).replace('{total}', String(agenda.length)),
    });
    progress.signal.throwIfAborted();
    await use(page, i, scene);
  }
}
