/**
 * Functions run inside the page by `page.evaluate`: each is serialised on its
 * own, so none may use anything from this module's scope.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** What one filter click cost, from its click event to the next data-ready="true". */
export interface ClickProbe {
  ms: number;
  /** `render` events: frames MapLibre drew. */
  frames: number;
  /** `sourcedata` events that carry a tile: tiles (re)laid out by the worker and handed back. */
  tiles: number;
  /** Sum of long tasks (> 50 ms) that ended after the click (the click's own task included). */
  longTaskMs: number;
}

/** Arms a probe for the next click anywhere in the page; await `window.__clickProbe`. */
export function armClickProbe(): void {
  const w = window as unknown as { __APP__?: { map: MapLibreMap }; __FLOOR__?: { map: MapLibreMap } };
  const map = (w.__APP__ ?? w.__FLOOR__)!.map;
  const el = document.querySelector('[data-testid="map"]')!;
  let start = Number.NaN;
  let frames = 0;
  let tiles = 0;
  let longTaskMs = 0;
  const onRender = () => frames++;
  const onSource = (e: MapSourceDataEvent) => {
    if (e.tile) tiles++;
  };
  const longTasks = new PerformanceObserver((list) => {
    for (const t of list.getEntries()) if (t.startTime + t.duration >= start) longTaskMs += t.duration;
  });
  // Observed from now: the click's own task is reported when it ends.
  longTasks.observe({ type: 'longtask' });
  const probe = new Promise<ClickProbe>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no data-ready after the click')), 30_000);
    const ready = new MutationObserver(() => {
      if (Number.isNaN(start) || el.getAttribute('data-ready') !== 'true') return;
      const ms = performance.now() - start;
      ready.disconnect();
      clearTimeout(timer);
      map.off('render', onRender);
      map.off('sourcedata', onSource);
      // Long-task entries are delivered late: give them a frame.
      setTimeout(() => {
        longTasks.disconnect();
        resolve({ ms, frames, tiles, longTaskMs });
      }, 100);
    });
    ready.observe(el, { attributes: true, attributeFilter: ['data-ready'] });
  });
  // Capture phase on window: before any handler of the page sees the click.
  window.addEventListener(
    'click',
    () => {
      start = performance.now();
      map.on('render', onRender);
      map.on('sourcedata', onSource);
    },
    { capture: true, once: true },
  );
  (window as unknown as { __clickProbe: Promise<ClickProbe> }).__clickProbe = probe;
}

/**
 * A screen point where the app's hover picks the town `id` (ports sit on their
 * host towns and win the pick at the centre), searched outwards from its centre.
 */
export function townPoint([id, layers]: [string, string[]]): { x: number; y: number } {
  const { map, store } = window.__APP__!;
  const town = store.getState().data!.towns.features.find((f) => f.properties.id === id)!;
  const centre = map.project(town.geometry.coordinates as [number, number]);
  const box = map.getContainer().getBoundingClientRect();
  for (let r = 0; r <= 20; r += 2) {
    for (let a = 0; a < 16; a++) {
      const x = centre.x + r * Math.cos((a * Math.PI) / 8);
      const y = centre.y + r * Math.sin((a * Math.PI) / 8);
      if (map.queryRenderedFeatures([x, y], { layers })[0]?.properties.id === id)
        return { x: box.left + x, y: box.top + y };
    }
  }
  throw new Error(`no point picks ${id}`);
}

export interface HoverProbe {
  /** Mouse move → the store's hoveredId is the town. */
  storeMs: number;
  /** Mouse move → the next frame drawn after that (the highlight on screen). */
  renderMs: number;
  /** Mouse move → the map idle again. */
  idleMs: number;
}

/** Arms a probe for the next mouse move onto the town `id`; await `window.__hoverProbe`. */
export function armHoverProbe(id: string): void {
  const { map, store } = window.__APP__!;
  let start = Number.NaN;
  window.addEventListener('mousemove', () => (start = performance.now()), { capture: true, once: true });
  const probe = new Promise<HoverProbe>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hoveredId never became ${id}`)), 10_000);
    const unsubscribe = store.subscribe((s) => {
      if (s.hoveredId !== id) return;
      unsubscribe();
      const storeMs = performance.now() - start;
      map.once('render', () => {
        const renderMs = performance.now() - start;
        map.once('idle', () => {
          clearTimeout(timer);
          resolve({ storeMs, renderMs, idleMs: performance.now() - start });
        });
      });
    });
  });
  (window as unknown as { __hoverProbe: Promise<HoverProbe> }).__hoverProbe = probe;
}

/** Frame times of a scripted ~2 s pan, zoom and pan back, from the `render` events. */
export async function panAndZoom(): Promise<number[]> {
  const w = window as unknown as { __APP__?: { map: MapLibreMap }; __FLOOR__?: { map: MapLibreMap } };
  const map = (w.__APP__ ?? w.__FLOOR__)!.map;
  const times: number[] = [];
  const onRender = () => times.push(performance.now());
  const step = (move: () => void) =>
    new Promise<void>((resolve) => {
      map.once('moveend', () => resolve());
      move();
    });
  map.on('render', onRender);
  await step(() => map.panBy([300, 120], { duration: 700 }));
  await step(() => map.zoomTo(map.getZoom() + 1, { duration: 700 }));
  await step(() => map.panBy([-300, -120], { duration: 600 }));
  map.off('render', onRender);
  return times;
}
