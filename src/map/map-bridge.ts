import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { GeoData } from '../data/load-geodata';
import type { AppStore } from '../store/app-store';
import { CITY_BOUNDS } from './city-bounds';
import { buildLayers, INTERACTIVE_LAYERS } from './layers';
import { SOURCE, type SourceId } from './sources';

/** The source a feature id lives in, for feature-state. */
function sourceOfId(id: string): SourceId {
  return id.startsWith('county-') ? SOURCE.counties : SOURCE.zones;
}

/**
 * The one place where the store drives the map and map events become store
 * actions. Camera changes carry their origin so the two never chase each other.
 */
export function connectMapToStore(map: MapLibreMap, store: AppStore, markBusy: () => void): () => void {
  const setState = (id: string | null, key: 'hover' | 'selected', value: boolean) => {
    if (id) map.setFeatureState({ source: sourceOfId(id), id }, { [key]: value });
  };

  const fillSources = (data: GeoData) => {
    const fill = (id: SourceId, fc: GeoJSON.FeatureCollection) => (map.getSource(id) as GeoJSONSource).setData(fc);
    fill(SOURCE.context, data.context);
    fill(SOURCE.zones, data.zones);
    fill(SOURCE.counties, data.counties);
    fill(SOURCE.labels, data.labels);
    markBusy();
  };

  const initial = store.getState();
  if (initial.data) fillSources(initial.data);
  setState(initial.selectedId, 'selected', true);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.data && state.data !== previous.data) {
      fillSources(state.data);
      setState(state.selectedId, 'selected', true);
    }
    if (state.selectedId !== previous.selectedId) {
      setState(previous.selectedId, 'selected', false);
      setState(state.selectedId, 'selected', true);
      markBusy();
    }
    if (state.hoveredId !== previous.hoveredId) {
      setState(previous.hoveredId, 'hover', false);
      setState(state.hoveredId, 'hover', true);
    }
    if (state.lang !== previous.lang) {
      for (const layer of buildLayers(state.lang)) {
        if (layer.type === 'symbol' && layer.layout?.['text-field']) {
          map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
        }
      }
      markBusy();
    }
    if (state.camera !== previous.camera && state.cameraOrigin === 'app') {
      markBusy();
      if (state.camera) map.easeTo({ center: state.camera.center, zoom: state.camera.zoom, duration: 600 });
      else map.fitBounds(CITY_BOUNDS, { padding: 24, duration: 600 });
    }
  });

  const featureAt = (e: MapMouseEvent): MapGeoJSONFeature | undefined =>
    map.queryRenderedFeatures(e.point, { layers: [...INTERACTIVE_LAYERS] })[0];

  const onMove = (e: MapMouseEvent) => {
    const id = (featureAt(e)?.properties?.id as string | undefined) ?? null;
    if (id !== store.getState().hoveredId) store.getState().hover(id);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
  };
  const onLeave = () => store.getState().hover(null);
  const onClick = (e: MapMouseEvent) => {
    const id = (featureAt(e)?.properties?.id as string | undefined) ?? null;
    store.getState().select(id);
  };
  const onMoveEnd = (e: { originalEvent?: unknown }) => {
    // Only user gestures write back; moves the app asked for are already in the store.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    store.getState().setCamera({ center: [c.lng, c.lat], zoom: map.getZoom() }, 'map');
  };

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  map.on('moveend', onMoveEnd);
  return () => {
    unsubscribe();
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    map.off('moveend', onMoveEnd);
  };
}
