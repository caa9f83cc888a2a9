import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { GeoData } from '../data/load-geodata';
import { passes } from '../filter/filter-model';
import { featureBounds, isPointBounds } from '../geo/feature-bounds';
import { parseUserFeatureId } from '../import/user-layer';
import { currentScene, sceneFocusFeatures } from '../meeting/scene-focus';
import type { AppState, AppStore } from '../store/app-store';
import { featureById, selectMentionedIds, selectPlaces } from '../store/selectors';
import { applyLayerChanges } from './apply-layer-changes';
import { CITY_BOUNDS } from './city-bounds';
import { buildLayers, INTERACTIVE_LAYERS } from './layers';
import { maskedCounties } from './layers/county-layers';
import type { LayerContext } from './layers/layer-context';
import { selectLayerContext } from './layers/select-layer-context';
import { userInteractiveLayers, userSourceId } from './layers/user-layers';
import { frameFeatures } from './scene-camera';
import { SOURCE, sourceData } from './sources';
import { syncUserLayers } from './sync-user-layers';
import { isTouch, tapBox, tapPriority } from './touch-target';
import { connectUnderlay } from './underlay-loader';
import { USER_TILE_LAYER } from './user-tiles/tiles-protocol';

/**
 * The one place where the store drives the map and map events become store
 * actions. Camera changes carry their origin so the two never chase each other.
 */
export function connectMapToStore(
  map: MapLibreMap,
  store: AppStore,
  markBusy: () => void,
  styleContext: LayerContext,
  holdReady: (held: boolean) => void,
  /** The data the style was built with (its sources are already filled with them). */
  styleData: GeoData | null = null,
): () => void {
  let fittingCity = false;
  const sourceOf = (id: string): string | undefined => {
    const user = parseUserFeatureId(id);
    return user ? userSourceId(user.layerId) : store.getState().data?.byId.get(id)?.source;
  };
  const setState = (id: string | null, key: 'hover' | 'selected' | 'mentioned', value: boolean) => {
    const source = id ? sourceOf(id) : undefined;
    // An imported layer's source exists once its saved layers are back (they may follow the data).
    if (!id || !source || !map.getSource(source)) return;
    // An imported feature's map id is its index in the layer, in its tiles' one layer.
    const user = parseUserFeatureId(id);
    const target = user ? { source, sourceLayer: USER_TILE_LAYER, id: user.index } : { source, id };
    map.setFeatureState(target, { [key]: value });
  };

  const fillSources = (data: GeoData) => {
    for (const [id, fc] of Object.entries(sourceData(data))) (map.getSource(id) as GeoJSONSource).setData(fc);
    markBusy();
  };

  /** Brings a feature into view: a point at a readable zoom, an area fitted to the screen. */
  const showFeature = (id: string) => {
    const feature = featureById(store.getState(), id);
    // An unplaced work has no position to show.
    if (!feature?.geometry) return;
    const bounds = featureBounds(feature);
    markBusy();
    if (isPointBounds(bounds))
      map.easeTo({ center: [bounds[0], bounds[1]], zoom: Math.max(map.getZoom(), 8), duration: 800 });
    else map.fitBounds(bounds, { padding: 60, maxZoom: 9, duration: 800 });
  };

  let sceneFrame = 0;
  /**
   * Frames the focus of the scene shown, once the frame has drawn its caption
   * (the caption's box is the padding). The map is not "ready" until the move starts.
   */
  const frameScene = (animate: boolean) => {
    cancelAnimationFrame(sceneFrame);
    holdReady(true);
    sceneFrame = requestAnimationFrame(() => {
      const s = store.getState();
      const scene = currentScene(s);
      if (scene) frameFeatures(map, sceneFocusFeatures(s, scene), animate);
      holdReady(false);
      markBusy();
    });
  };
  const showsFocusedScene = (s: AppState) => Boolean(currentScene(s)?.focus);

  let masked = new Set<string>();
  /** The county mask is feature-state: a filter click repaints the counties without re-tiling them. */
  const applyMask = (ctx: LayerContext) => {
    const counties = store.getState().data?.counties.features.map((f) => f.properties) ?? [];
    const next = new Set(maskedCounties(ctx, counties));
    for (const id of masked) if (!next.has(id)) map.setFeatureState({ source: SOURCE.counties, id }, { masked: false });
    for (const id of next) if (!masked.has(id)) map.setFeatureState({ source: SOURCE.counties, id }, { masked: true });
    masked = next;
  };

  let filteredOut = new Set<string>();
  /** Places the filter leaves out are drawn transparent (feature-state): no tiles are re-laid out for them. */
  const applyPlaceFilter = (state: AppState) => {
    const next = new Set(
      selectPlaces(state)
        .filter((p) => !passes(p, state.filters))
        .map((p) => String(p.id)),
    );
    const set = (id: string, off: boolean) => {
      const source = sourceOf(id);
      if (source) map.setFeatureState({ source, id }, { off });
    };
    for (const id of filteredOut) if (!next.has(id)) set(id, false);
    for (const id of next) if (!filteredOut.has(id)) set(id, true);
    filteredOut = next;
  };

  const applyContext = (before: LayerContext, after: LayerContext) => {
    const previousLayers = buildLayers(before);
    for (const [i, layer] of buildLayers(after).entries()) applyLayerChanges(map, previousLayers[i]!, layer);
    applyMask(after);
  };

  // The store may have moved on while the style loaded (data, a county from the link…).
  const initial = store.getState();
  if (initial.data && initial.data !== styleData) fillSources(initial.data);
  setState(initial.selectedId, 'selected', true);
  applyContext(styleContext, selectLayerContext(initial));
  syncUserLayers(map, [], initial.userLayers, styleContext, selectLayerContext(initial));
  applyPlaceFilter(initial);
  if (showsFocusedScene(initial)) frameScene(false);
  const disconnectUnderlay = connectUnderlay(map, store, markBusy, holdReady);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.data && state.data !== previous.data) {
      fillSources(state.data);
      setState(state.selectedId, 'selected', true);
      applyMask(selectLayerContext(state));
      applyPlaceFilter(state);
    }
    if (state.selectedId !== previous.selectedId) {
      setState(previous.selectedId, 'selected', false);
      setState(state.selectedId, 'selected', true);
      markBusy();
    }
    if (state.focusSerial !== previous.focusSerial && state.selectedId) showFeature(state.selectedId);
    if (state.readerParagraph !== previous.readerParagraph || state.planIndex !== previous.planIndex) {
      const before = selectMentionedIds(previous);
      const after = selectMentionedIds(state);
      for (const id of before) setState(id, 'mentioned', false);
      for (const id of after) setState(id, 'mentioned', true);
      if (before.length + after.length > 0) markBusy();
    }
    if (state.hoveredId !== previous.hoveredId) {
      setState(previous.hoveredId, 'hover', false);
      setState(state.hoveredId, 'hover', true);
    }
    const ctx = selectLayerContext(state);
    const previousCtx = selectLayerContext(previous);
    if (
      ctx.lang !== previousCtx.lang ||
      ctx.hidden !== previousCtx.hidden ||
      ctx.filters !== previousCtx.filters ||
      ctx.selectedCounty !== previousCtx.selectedCounty ||
      ctx.countyHighlighted !== previousCtx.countyHighlighted ||
      ctx.textScale !== previousCtx.textScale ||
      ctx.underlay !== previousCtx.underlay
    ) {
      applyContext(previousCtx, ctx);
      if (ctx.filters !== previousCtx.filters) applyPlaceFilter(state);
      markBusy();
    }
    if (state.userLayers !== previous.userLayers || ctx.filters !== previousCtx.filters) {
      syncUserLayers(map, previous.userLayers, state.userLayers, previousCtx, ctx);
      // A link's selection of an imported feature is drawn once its layer is on the map.
      if (state.userLayers !== previous.userLayers) setState(state.selectedId, 'selected', true);
      markBusy();
    }
    const sceneChanged =
      state.sceneIndex !== previous.sceneIndex ||
      (state.presenting && !previous.presenting) ||
      (state.data !== previous.data && state.sceneIndex !== null) ||
      (state.lang !== previous.lang && state.presenting);
    if (sceneChanged && showsFocusedScene(state)) {
      // A first view of a scene is a cut; a step between scenes is a flight.
      frameScene(previous.data !== null && state.data === previous.data);
    } else if (state.camera !== previous.camera && state.cameraOrigin === 'app') {
      markBusy();
      if (state.camera) map.easeTo({ center: state.camera.center, zoom: state.camera.zoom, duration: 600 });
      else {
        // "The whole city" stays null in the store (and out of the link), whatever the screen.
        fittingCity = true;
        map.fitBounds(CITY_BOUNDS, { padding: 24, duration: 600 });
      }
    }
  });

  /** The features drawn under a point, topmost first; those the filter made transparent are not there. */
  const featuresAt = (e: MapMouseEvent): MapGeoJSONFeature[] => {
    const user = store
      .getState()
      .userLayers.filter((l) => l.visible)
      .flatMap(userInteractiveLayers)
      .reverse();
    const layers = [...INTERACTIVE_LAYERS, ...user];
    const drawn = (f: MapGeoJSONFeature) => f.state.off !== true;
    const under = map.queryRenderedFeatures(e.point, { layers }).filter(drawn);
    if (!isTouch(e.originalEvent)) return under;
    // A finger is wider than a town's dot: the points within 16 px come first, nearest first, then the
    // lines and areas under it. Points a finger cannot tell apart (within 2 px) go place first: a town
    // before the port or park drawn at it (the panel offers the others).
    const isPoint = (f: MapGeoJSONFeature) => f.geometry.type === 'Point';
    const distance = (f: MapGeoJSONFeature) => {
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      return Math.hypot(p.x - e.point.x, p.y - e.point.y);
    };
    const points = map
      .queryRenderedFeatures(tapBox(e.point), { layers })
      .filter((f) => drawn(f) && isPoint(f))
      .map((f) => ({ f, d: distance(f) }))
      .sort((a, b) => a.d - b.d);
    const nearest = points[0]?.d ?? 0;
    const rank = ({ f, d }: { f: MapGeoJSONFeature; d: number }) => (d <= nearest + 2 ? tapPriority(f.source) : 99);
    points.sort((a, b) => rank(a) - rank(b) || a.d - b.d);
    return [...points.map((p) => p.f), ...under.filter((f) => !isPoint(f))];
  };
  /** A feature's id: the plan's `id`, or an imported feature's selection id. */
  const idOf = (f: MapGeoJSONFeature) => {
    if (f.properties.cluster) return null;
    return f.source.startsWith('user-') ? `${f.source}-${f.properties.__fid}` : String(f.properties.id);
  };
  const featureAt = (e: MapMouseEvent): MapGeoJSONFeature | undefined => featuresAt(e)[0];

  const onMove = (e: MapMouseEvent) => {
    const hit = featureAt(e);
    const id = hit ? idOf(hit) : null;
    if (id !== store.getState().hoveredId) store.getState().hover(id);
    map.getCanvas().style.cursor = id || hit?.properties.cluster ? 'pointer' : '';
  };
  const onLeave = () => store.getState().hover(null);
  const onClick = (e: MapMouseEvent) => {
    const hits = featuresAt(e);
    // A cluster of imported points opens up: zoom in on it.
    if (hits[0]?.properties.cluster) {
      markBusy();
      map.easeTo({ center: e.lngLat, zoom: Math.min(map.getZoom() + 2, 12), duration: 500 });
      return;
    }
    // Topmost first; the others under the pointer are offered in the panel.
    const ids = hits.map(idOf).filter((id): id is string => id !== null);
    const [first = null, ...rest] = [...new Set(ids)];
    // A county is explored: framed, the rest dimmed.
    if (first && sourceOf(first) === SOURCE.counties) store.getState().focus(first);
    else store.getState().select(first, rest);
  };
  const onMoveEnd = () => {
    if (fittingCity) {
      fittingCity = false;
      return;
    }
    // Every finished move (a gesture, or framing a feature) is the view a link should reopen;
    // tagged 'map' so the bridge does not move the map again.
    const c = map.getCenter();
    store.getState().setCamera({ center: [c.lng, c.lat], zoom: map.getZoom() }, 'map');
  };

  // A window resized, put full screen or narrowed by a drawer: the scene, or the whole city while
  // no one has moved the map, is framed again for its new shape.
  const onResize = () => {
    const state = store.getState();
    if (showsFocusedScene(state)) frameScene(false);
    else if (state.camera === null) {
      fittingCity = true;
      map.fitBounds(CITY_BOUNDS, { padding: 24, duration: 0 });
    }
  };

  map.on('resize', onResize);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  map.on('moveend', onMoveEnd);
  return () => {
    unsubscribe();
    disconnectUnderlay();
    cancelAnimationFrame(sceneFrame);
    map.off('resize', onResize);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    map.off('moveend', onMoveEnd);
  };
}
