import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/app-store';
import { StoreProvider } from '../store/store-context';
import { PresenterView } from './PresenterView';
import { openPresenterChannel } from './presenter-channel';

/**
 * The presenter view's window: no map of its own, only what the projector
 * window reports (its agenda, scene, language), kept in a store of its own.
 */
export function startPresenterWindow(element: HTMLElement) {
  const store = createAppStore();
  const root = createRoot(element);
  let connected = false;
  const render = () =>
    root.render(
      <StrictMode>
        <StoreProvider store={store}>
          <PresenterView send={(command) => channel.send({ kind: 'command', command })} connected={connected} />
        </StoreProvider>
      </StrictMode>,
    );
  const channel = openPresenterChannel(
    (message) => {
      if (message.kind !== 'state') return;
      const { lang, agenda, sceneIndex, presenting, blanked } = message.state;
      store.setState({ lang, agenda, sceneIndex, presenting, blanked });
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      if (!connected) {
        connected = true;
        render();
      }
    },
    () => window.opener as Window | null,
  );
  render();
  channel.send({ kind: 'hello' });
  // Ask again until the projector answers (it may still be starting, or reloading).
  const retry = setInterval(() => {
    if (connected) clearInterval(retry);
    else channel.send({ kind: 'hello' });
  }, 1000);
}
