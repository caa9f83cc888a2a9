// The benchmark's floor: MapLibre alone drawing the app's start-up GeoJSON (all
// twelve files: the plan's eight with its works, and the four of physical geography, plus the label points the app derives), with no React and no UI
// but one checkbox, and the same notion of "ready" as the app.
import type { FeatureCollection, Point } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import borderUrl from '../../geodata/border.geojson?url';
import contextUrl from '../../geodata/context.geojson?url';
import countiesUrl from '../../geodata/counties.geojson?url';
import lakesUrl from '../../geodata/lakes.geojson?url';
import parksUrl from '../../geodata/parks.geojson?url';
import peaksUrl from '../../geodata/peaks.geojson?url';
import portsUrl from '../../geodata/ports.geojson?url';
import riversUrl from '../../geodata/rivers.geojson?url';
import routesUrl from '../../geodata/routes.geojson?url';
import townsUrl from '../../geodata/towns.geojson?url';
import worksUrl from '../../geodata/works.geojson?url';
import zonesUrl from '../../geodata/zones.geojson?url';
import { CITY_BOUNDS } from '../../src/map/city-bounds';
import { FLOOR_LAYERS, OTHER_KIND_LAYERS, TOWN_LAYERS } from './layers';

interface AreaProps {
  id: string;
  kind: string;
  name: string;
  name_en: string;
  label_at: [number, number];
}
type Collection = FeatureCollection;

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
// `?w=&h=`: the bench gives the floor the app's map size, so both draw as many pixels.
const query = new URLSearchParams(location.search);
for (const [param, dim] of [
  ['w', 'width'],
  ['h', 'height'],
] as const) {
  const px = query.get(param);
  if (px) container.style[dim] = `${px}px`;
}
const load = (url: string): Promise<Collection> => fetch(url).then((r) => r.json());
// Fetched while the map starts, as the app does.
const files = Promise.all(
  [contextUrl, countiesUrl, zonesUrl, townsUrl, portsUrl, parksUrl, routesUrl, worksUrl].map(load),
);
// As the app: the physical files in one source, lakes first.
const physical = Promise.all([lakesUrl, riversUrl, borderUrl, peaksUrl].map(load)).then(
  (parts): Collection => ({ type: 'FeatureCollection', features: parts.flatMap((p) => p.features) }),
);

/** The app's label anchors: one point per county and neighbouring prefecture, at its `label_at`. */
function labelPoints(counties: Collection, context: Collection): FeatureCollection<Point> {
  const areas = [...counties.features, ...context.features]
    .map((f) => f.properties as AreaProps)
    .filter((p) => p.kind === 'county' || p.kind === 'neighbour');
  return {
    type: 'FeatureCollection',
    features: areas.map((p) => ({
      type: 'Feature',
      properties: { id: `${p.id}-label`, kind: p.kind, name: p.name, name_en: p.name_en },
      geometry: { type: 'Point', coordinates: p.label_at },
    })),
  };
}

const map = new MapLibreMap({
  container,
  // The app's default view: the whole city fitted to the screen.
  bounds: CITY_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  // As the app: labels appear at once, no fade frames.
  fadeDuration: 0,
  style: { version: 8, sources: {}, layers: [] },
});
let loaded = false;
map.on('load', async () => {
  const [[context, counties, zones, towns, ports, parks, routes, allWorks], physicalData] = await Promise.all([
    files,
    physical,
  ]);
  const labels = labelPoints(counties!, context!);
  // As the app: the works without a published position are listed, not drawn.
  const works: Collection = { type: 'FeatureCollection', features: allWorks!.features.filter((f) => f.geometry) };
  const data = { context, counties, zones, towns, ports, parks, routes, works, physical: physicalData, labels };
  for (const [id, fc] of Object.entries(data)) map.addSource(id, { type: 'geojson', data: fc!, promoteId: 'id' });
  for (const layer of FLOOR_LAYERS) map.addLayer(layer);
  loaded = true;
});

const setReady = (ready: boolean) => container.setAttribute('data-ready', String(ready));
map.on('render', () => setReady(false));
map.on('idle', () => {
  if (loaded) setReady(true);
});

// The app's 节点乡镇: towns filtered to the tier, ports, parks and routes hidden; unticking restores.
document.getElementById('node-tier')!.addEventListener('change', (e) => {
  const on = (e.target as HTMLInputElement).checked;
  for (const id of TOWN_LAYERS) map.setFilter(id, on ? ['in', ['get', 'tier'], ['literal', ['node']]] : null);
  for (const id of OTHER_KIND_LAYERS) map.setLayoutProperty(id, 'visibility', on ? 'none' : 'visible');
  setReady(false);
});

// For the benchmark.
(window as unknown as { __FLOOR__: { map: MapLibreMap } }).__FLOOR__ = { map };
