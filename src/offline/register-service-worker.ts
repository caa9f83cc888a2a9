import type { AppStore } from '../store/app-store';

/**
 * Registers the Workbox service worker (built by vite-plugin-pwa into sw.js),
 * which precaches the app and its data so that it opens again with the network
 * gone. Registered once the map's data are in and the page is idle, so its
 * precache download does not compete with the first view. A new deployment installs in the background and
 * waits: the store then holds `applyUpdate`, which the update notice offers;
 * otherwise it starts on the next visit.
 */
export function registerServiceWorker(store: AppStore) {
  if (!('serviceWorker' in navigator)) return;
  // Safari has no requestIdleCallback: a short wait instead.
  const whenIdle = () =>
    new Promise<void>((resolve) =>
      'requestIdleCallback' in window
        ? requestIdleCallback(() => resolve(), { timeout: 5000 })
        : setTimeout(resolve, 2000),
    );
  const whenDataIn = new Promise<void>((resolve) => {
    if (store.getState().data) return resolve();
    const unsubscribe = store.subscribe((s) => {
      if (!s.data) return;
      unsubscribe();
      resolve();
    });
  }).then(whenIdle);
  void whenDataIn
    .then(() =>
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }),
    )
    .then((registration) => {
      const offer = (waiting: ServiceWorker) => {
        // The first installation has no page to update: only a replacement is news.
        if (!navigator.serviceWorker.controller) return;
        store.getState().setUpdateReady(() => {
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
          // The generated worker's own message for skipWaiting().
          waiting.postMessage({ type: 'SKIP_WAITING' });
        });
      };
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
    })
    .catch(() => {
      // Private windows and some managed browsers refuse service workers: the app simply stays online-only.
    });
}
