import '../i18n/strings-later';
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { resolveBasemap, resolveHillshade } from '../basemap/providers';
import { passes } from '../filter/filter-model';
import { basemapText } from '../i18n/basemap-text';
import { BilingualError, message } from '../i18n/bilingual';
import type { AppState } from '../store/app-store';
import { selectPlaces } from '../store/selectors';
import { buildStyle } from './build-style';
import { baseMapOptions, drawIconsOnDemand } from './create-map';
import { BASEMAP_PREFIX, DEM_SOURCE, underlayStyle } from './layers/basemap-layers';
import { maskedCounties } from './layers/county-layers';
import { selectLayerContext } from './layers/select-layer-context';
import { isClustered, userLayerSpecs, userSourceId } from './layers/user-layers';
import { SOURCE, type SourceId } from './sources';
import { USER_LAYERS_BEFORE, userSource } from './sync-user-layers';
import { ensureUserTiles } from './user-tiles/user-tiles';

const RENDER_TIMEOUT_MS = 90_000;

/** The app's style with every source already holding its data, so one 'idle' means everything is drawn. */
function filledStyle(state: AppState): StyleSpecification {
  if (!state.data) throw new BilingualError(message('exportNotReady'));
  const ctx = selectLayerContext(state);
  const style = buildStyle(ctx, state.data);
  // The user's own layers, where the screen draws them.
  const at = style.layers.findIndex((l) => l.id === USER_LAYERS_BEFORE);
  for (const layer of state.userLayers) {
    ensureUserTiles(layer, isClustered(layer));
    style.sources[userSourceId(layer.id)] = userSource(layer);
  }
  style.layers.splice(at, 0, ...state.userLayers.flatMap((l) => userLayerSpecs(l, ctx)));
  // The basemap and hillshade the screen draws (one that could not be drawn was already switched off).
  const basemap = resolveBasemap(state.basemap, state.basemapSettings);
  const dem = resolveHillshade(state.hillshade, state.basemapSettings);
  const underlay = underlayStyle(basemap.ok ? basemap.value : null, dem.ok ? dem.value : null, state.lang);
  Object.assign(style.sources, underlay.sources);
  for (const { layer, before } of underlay.layers) {
    style.layers.splice(
      style.layers.findIndex((l) => l.id === before),
      0,
      layer,
    );
  }
  return style;
}

/** A tile source from another server, whose failure would leave a blank map in the export. */
const isUnderlaySource = (id: string | undefined) =>
  Boolean(id && (id.startsWith(BASEMAP_PREFIX) || id === DEM_SOURCE));

/** What a still map was drawn at: its canvas, and the latitude and zoom a scale bar needs. */
export interface StillMap {
  canvas: HTMLCanvasElement;
  lat: number;
  zoom: number;
}

/** One view to draw: the store's state, framed on `frame` ([west, south, east, north]) when given, else at its camera. */
export interface StillView {
  state: AppState;
  frame?: [number, number, number, number];
}

const FRAME_PADDING_PX = 16;

/** The view's selection and masks, as feature states (the previous view's taken off first). */
function applyFeatureStates(map: MapLibreMap, state: AppState) {
  for (const id of Object.values(SOURCE) as SourceId[]) map.removeFeatureState({ source: id });
  const selected = state.selectedId ? state.data?.byId.get(state.selectedId) : undefined;
  if (selected && state.selectedId) {
    map.setFeatureState({ source: selected.source, id: state.selectedId }, { selected: true });
  }
  for (const place of selectPlaces(state)) {
    const id = String(place.id);
    const source = state.data?.byId.get(id)?.source;
    if (source && !passes(place, state.filters)) map.setFeatureState({ source, id }, { off: true });
  }
  const counties = state.data?.counties.features.map((f) => f.properties) ?? [];
  for (const id of maskedCounties(selectLayerContext(state), counties)) {
    map.setFeatureState({ source: SOURCE.counties, id }, { masked: true });
  }
}

/** Resolves once everything the map was asked to draw is drawn, or rejects on a failure or the timeout. */
function drawn(map: MapLibreMap, event: 'load' | 'idle', before: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('error', onError);
      reject(new BilingualError(message('exportTooSlow')));
    }, RENDER_TIMEOUT_MS);
    const onError = (e: { error: unknown; sourceId?: string }) => {
      clearTimeout(timer);
      // Tiles the server will not let this page read (CORS) or no longer sends: say so, rather than a blank map.
      if (isUnderlaySource(e.sourceId)) reject(new BilingualError(basemapText('exportBasemapUnreadable')));
      else reject(e.error instanceof Error ? e.error : new Error(String(e.error)));
    };
    map.once('error', onError);
    const idle = () =>
      map.once('idle', () => {
        clearTimeout(timer);
        map.off('error', onError);
        resolve();
      });
    const start = () => {
      before();
      idle();
      map.triggerRepaint();
    };
    if (event === 'load') map.once('load', start);
    else start();
  });
}

/**
 * Draws views of the store in one hidden, non-interactive map inside `container`
 * (same style, data, filters, selection, mask and camera as the screen), one
 * after the other, handing each canvas to `use` before the next; the map is
 * removed at the end. One map for many views: its style, workers and shaders
 * are set up once (the 18 county briefs).
 */
export async function drawStillMaps<T>(
  views: readonly StillView[],
  container: HTMLElement,
  ratio: number,
  maxCanvasSide: number,
  use: (map: StillMap, view: StillView, index: number) => T | Promise<T>,
): Promise<T[]> {
  const [first] = views;
  if (!first) return [];
  const map = new MapLibreMap({
    ...baseMapOptions(container, first.frame ? null : first.state.camera),
    ...(first.frame ? { bounds: first.frame, fitBoundsOptions: { padding: FRAME_PADDING_PX } } : {}),
    style: filledStyle(first.state),
    pixelRatio: ratio,
    maxCanvasSize: [maxCanvasSide, maxCanvasSide],
    canvasContextAttributes: { preserveDrawingBuffer: true },
    interactive: false,
  });
  try {
    drawIconsOnDemand(map);
    const out: T[] = [];
    for (const [index, view] of views.entries()) {
      await drawn(map, index === 0 ? 'load' : 'idle', () => {
        if (index > 0) {
          map.setStyle(filledStyle(view.state), { diff: true });
          const camera = view.frame
            ? map.cameraForBounds(view.frame, { padding: FRAME_PADDING_PX })
            : view.state.camera && { center: view.state.camera.center, zoom: view.state.camera.zoom };
          if (camera) map.jumpTo(camera);
        }
        applyFeatureStates(map, view.state);
      });
      out.push(await use({ canvas: map.getCanvas(), lat: map.getCenter().lat, zoom: map.getZoom() }, view, index));
    }
    return out;
  } finally {
    map.remove();
  }
}
