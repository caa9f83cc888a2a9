// The benchmark's floor: MapLibre alone drawing the same GeoJSON, with no React
// and no UI, and the same notion of "ready" as the app.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import contextUrl from '../../geodata/context.geojson?url';
import countiesUrl from '../../geodata/counties.geojson?url';
import townsUrl from '../../geodata/towns.geojson?url';
import zonesUrl from '../../geodata/zones.geojson?url';
import { CITY_BOUNDS } from '../../src/map/city-bounds';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
const load = (url: string) => fetch(url).then((r) => r.json());

const map = new MapLibreMap({
  container,
  // The app's default view: the whole city fitted to the screen.
  bounds: CITY_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f3f0e8' } }],
  },
});
let loaded = false;
map.on('load', async () => {
  const [context, counties, zones, towns] = await Promise.all([
    load(contextUrl),
    load(countiesUrl),
    load(zonesUrl),
    load(townsUrl),
  ]);
  map.addSource('context', { type: 'geojson', data: context });
  map.addSource('zones', { type: 'geojson', data: zones });
  map.addSource('counties', { type: 'geojson', data: counties });
  map.addSource('towns', { type: 'geojson', data: towns });
  map.addLayer({ id: 'context', type: 'fill', source: 'context', paint: { 'fill-color': '#ddd' } });
  map.addLayer({ id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#8a8', 'fill-opacity': 0.5 } });
  map.addLayer({ id: 'lines', type: 'line', source: 'counties', paint: { 'line-color': '#fff' } });
  map.addLayer({ id: 'towns', type: 'circle', source: 'towns', paint: { 'circle-radius': 5 } });
  map.addLayer({
    id: 'labels',
    type: 'symbol',
    source: 'counties',
    layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans CJK SC', 'sans-serif'] },
  });
  loaded = true;
});
map.on('render', () => container.setAttribute('data-ready', 'false'));
// For the benchmark: the same filter change the app makes when 节点乡镇 is ticked.
(window as unknown as { __FLOOR__: unknown }).__FLOOR__ = { map };
map.on('idle', () => {
  if (loaded) container.setAttribute('data-ready', 'true');
});
