import type { AppStore } from '../store/app-store';
import { openPresenterChannel, PRESENTER_HASH, type ProjectorState } from './presenter-channel';
import { runPresentationCommand } from './presenting';

let presenterWindow: Window | null = null;

/** Opens (or brings forward) the presenter view: the same app in a second window, on the speaker's screen. */
export function openPresenterView() {
  if (presenterWindow && !presenterWindow.closed) {
    presenterWindow.focus();
    return;
  }
  const url = `${window.location.href.split('#')[0]}${PRESENTER_HASH}`;
  presenterWindow = window.open(url, 'shigatse-plan-map-presenter', 'popup,width=1100,height=720');
}

const snapshot = (store: AppStore): ProjectorState => {
  const { lang, agenda, sceneIndex, presenting, blanked } = store.getState();
  return { lang, agenda, sceneIndex, presenting, blanked };
};

/**
 * The projector's side: tells the presenter view what is shown, and runs the
 * steps it asks for. Closing the presenter view changes nothing here.
 */
export function connectProjectorToPresenterView(store: AppStore): () => void {
  const channel = openPresenterChannel(
    (message) => {
      if (message.kind === 'hello') channel.send({ kind: 'state', state: snapshot(store) });
      else if (message.kind === 'command') runPresentationCommand(store, message.command);
    },
    () => presenterWindow,
  );
  const unsubscribe = store.subscribe((s, previous) => {
    if (
      s.agenda !== previous.agenda ||
      s.sceneIndex !== previous.sceneIndex ||
      s.lang !== previous.lang ||
      s.presenting !== previous.presenting ||
      s.blanked !== previous.blanked
    ) {
      channel.send({ kind: 'state', state: snapshot(store) });
    }
  });
  // A presenter view that was open before a reload hears this and asks again.
  channel.send({ kind: 'state', state: snapshot(store) });
  return () => {
    unsubscribe();
    channel.close();
  };
}
