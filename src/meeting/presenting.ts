import type { AppStore } from '../store/app-store';
import { goToScene } from './agenda-actions';
import { type PresentationCommand, sceneAfter } from './presentation-keys';

/**
 * The element that goes full screen: the workspace, which frames the map and
 * the passages a click opens during the talk (the header stays outside it).
 */
export const PRESENTATION_FRAME = 'main.workspace';

/** Starts presenting at a scene, full screen where the browser allows it (the layout hides the rest either way). */
export function startPresenting(store: AppStore, at = 0) {
  store.getState().setPresenting(true);
  store.getState().openAgenda(false);
  store.getState().openReader(false);
  goToScene(store, at);
  const frame = document.querySelector(PRESENTATION_FRAME);
  if (frame && document.fullscreenElement !== frame) void frame.requestFullscreen?.().catch(() => undefined);
}

/** Leaves the presentation and its full screen. */
export function stopPresenting(store: AppStore) {
  store.getState().setPresenting(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** Does what a clicker's key (here or in the presenter view) asks for. */
export function runPresentationCommand(store: AppStore, command: PresentationCommand) {
  const s = store.getState();
  if (command.type === 'start') {
    startPresenting(store, command.fromCurrent ? (s.sceneIndex ?? 0) : 0);
    return;
  }
  if (command.type === 'leave') {
    stopPresenting(store);
    return;
  }
  if (command.type === 'blank') {
    s.setBlanked(!s.blanked);
    return;
  }
  // Any other key first brings the picture back, as in slide software.
  if (s.blanked) {
    s.setBlanked(false);
    return;
  }
  const to = sceneAfter(command, s.sceneIndex ?? 0, s.agenda.length);
  if (to !== null && to !== s.sceneIndex) goToScene(store, to);
}
