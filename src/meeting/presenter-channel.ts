import type { Lang } from '../i18n/strings';
import type { PresentationCommand } from './presentation-keys';
import type { Scene } from './scenes';

/** What the projector window tells the presenter view. */
export interface ProjectorState {
  lang: Lang;
  agenda: Scene[];
  sceneIndex: number | null;
  presenting: boolean;
  blanked: boolean;
}

export type PresenterMessage =
  | { kind: 'state'; state: ProjectorState }
  /** The presenter view has opened (or the projector reloaded): the projector answers with its state. */
  | { kind: 'hello' }
  | { kind: 'command'; command: PresentationCommand };

const NAME = 'shigatse-plan-map.presenter';

interface Envelope {
  channel: typeof NAME;
  id: string;
  message: PresenterMessage;
}

const isEnvelope = (data: unknown): data is Envelope =>
  typeof data === 'object' &&
  data !== null &&
  (data as Envelope).channel === NAME &&
  typeof (data as Envelope).id === 'string';

let counter = 0;

export interface PresenterChannel {
  send: (message: PresenterMessage) => void;
  close: () => void;
}

/**
 * The link between the projector window and the presenter view. Each message
 * goes both over a BroadcastChannel (which survives a reload of either window)
 * and straight to the other window by postMessage (which works where a
 * browser gives file:// pages no shared channel); the receiver drops the copy.
 */
export function openPresenterChannel(
  onMessage: (message: PresenterMessage) => void,
  peer: () => Window | null,
): PresenterChannel {
  const seen = new Set<string>();
  const receive = (data: unknown) => {
    if (!isEnvelope(data) || seen.has(data.id)) return;
    seen.add(data.id);
    if (seen.size > 100) seen.delete(seen.values().next().value as string);
    onMessage(data.message);
  };
  const broadcast = typeof BroadcastChannel === 'function' ? new BroadcastChannel(NAME) : null;
  const onBroadcast = (e: MessageEvent) => receive(e.data);
  broadcast?.addEventListener('message', onBroadcast);
  const onWindowMessage = (e: MessageEvent) => {
    if (e.source !== null && e.source === peer()) receive(e.data);
  };
  window.addEventListener('message', onWindowMessage);
  const prefix = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return {
    send: (message) => {
      const envelope: Envelope = { channel: NAME, id: `${prefix}-${counter++}`, message };
      broadcast?.postMessage(envelope);
      const other = peer();
      // The other window may have closed or navigated away: the broadcast copy is enough then.
      if (other && !other.closed) other.postMessage(envelope, '*');
    },
    close: () => {
      broadcast?.close();
      window.removeEventListener('message', onWindowMessage);
    },
  };
}

/** The hash that opens the app as the presenter view (also inside the single offline file). */
export const PRESENTER_HASH = '#presenter=1';

export const isPresenterWindow = (hash: string) => hash === PRESENTER_HASH;
