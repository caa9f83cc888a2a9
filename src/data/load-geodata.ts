import type { FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import borderUrl from '../../geodata/border.geojson?url';
import contextUrl from '../../geodata/context.geojson?url';
import countiesUrl from '../../geodata/counties.geojson?url';
import lakesUrl from '../../geodata/lakes.geojson?url';
import parksUrl from '../../geodata/parks.geojson?url';
import peaksUrl from '../../geodata/peaks.geojson?url';
import portsUrl from '../../geodata/ports.geojson?url';
import riversUrl from '../../geodata/rivers.geojson?url';
import routesUrl from '../../geodata/routes.geojson?url';
import searchUrl from '../../geodata/search.json?url';
import townsUrl from '../../geodata/towns.geojson?url';
import worksUrl from '../../geodata/works.geojson?url';
import zonesUrl from '../../geodata/zones.geojson?url';
import { BilingualError, message } from '../i18n/bilingual';
import type { SearchEntry } from '../search/search-types';
import type {
  ContextFileProps,
  CountyProps,
  LakeProps,
  NationalBorderProps,
  ParkProps,
  PeakProps,
  PortProps,
  RiverNameProps,
  RiverProps,
  RouteProps,
  TownProps,
  WorkProps,
  ZonesFileProps,
} from './types';

/** Rivers, lakes, peaks and the national border: drawn under the plan's layers, never selected. */
export type PhysicalProps = RiverProps | RiverNameProps | LakeProps | PeakProps | NationalBorderProps;

/** A label anchor of an area (county, neighbouring prefecture or country), as a point for the one area-label layer. */
export interface LabelPointProps {
  id: string;
  kind: 'county' | 'neighbour' | 'country-label';
  name: string;
  name_en: string;
}

/** Which map source a feature is drawn from (its file, by and large). */
export type DataSourceId = 'counties' | 'zones' | 'towns' | 'ports' | 'parks' | 'routes' | 'works' | 'context';

export type AnyFeatureProps =
  | CountyProps
  | ZonesFileProps
  | TownProps
  | PortProps
  | ParkProps
  | RouteProps
  | WorkProps
  | ContextFileProps;

/** Whether a feature is one of the plan's named works (geodata/works.geojson). */
export function isWork(p: AnyFeatureProps): p is WorkProps {
  return 'sector' in p;
}

export interface GeoData {
  counties: FeatureCollection<Polygon | MultiPolygon, CountyProps>;
  labels: FeatureCollection<Point, LabelPointProps>;
  zones: FeatureCollection<Geometry, ZonesFileProps>;
  towns: FeatureCollection<Point, TownProps>;
  ports: FeatureCollection<Point, PortProps>;
  parks: FeatureCollection<Point, ParkProps>;
  routes: FeatureCollection<LineString, RouteProps>;
  /** Every work, placed or not: the unplaced ones (null geometry) are listed, never drawn. */
  works: FeatureCollection<Point | LineString | null, WorkProps>;
  context: FeatureCollection<Geometry, ContextFileProps>;
  physical: FeatureCollection<Geometry, PhysicalProps>;
  /** Every feature by id: its properties and the source it is drawn from. */
  byId: Map<string, { source: DataSourceId; props: AnyFeatureProps }>;
  /** The search table (pinyin and English names, built at build time). */
  search: SearchEntry[];
}

/** Thrown with a message a person can act on, in both languages: which file, which record, what is wrong. */
export class GeoDataError extends BilingualError {}

async function fetchCollection<P>(
  url: string,
  file: string,
  named = true,
  unplaced = false,
): Promise<FeatureCollection<Geometry, P>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new GeoDataError(message('dataFileUnreadable', { file, why: String(cause) }));
  }
  if (!response.ok) throw new GeoDataError(message('dataFileHttp', { file, status: response.status }));
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new GeoDataError(message('dataFileNotJson', { file }));
  }
  return checkCollection<P>(json, file, named, unplaced);
}

/**
 * The shape check the app relies on (the full schema is checked by the tests
 * and the build): a FeatureCollection whose features all carry id, kind and
 * name (rivers and lakes are `named` only where a source names them), and a
 * geometry unless the file may hold `unplaced` features (`placed: false`).
 */
export function checkCollection<P>(
  json: unknown,
  file: string,
  named = true,
  unplaced = false,
): FeatureCollection<Geometry, P> {
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new GeoDataError(message('dataNotCollection', { file }));
  }
  fc.features.forEach((f: { properties?: Record<string, unknown>; geometry?: unknown }, i: number) => {
    const p = f?.properties;
    for (const key of named ? (['id', 'kind', 'name'] as const) : (['id', 'kind'] as const)) {
      if (typeof p?.[key] !== 'string' || p[key] === '') {
        throw new GeoDataError(
          message('dataFeatureField', { file, n: i + 1, id: p?.id ? ` (${String(p.id)})` : '', field: key }),
        );
      }
    }
    if (!f.geometry && !(unplaced && p?.placed === false))
      throw new GeoDataError(message('dataFeatureGeometry', { file, id: String(p?.id) }));
  });
  return json as FeatureCollection<Geometry, P>;
}

/** Loads the embedded geodata (hashed files next to the app; no other origin). */
export async function loadGeoData(): Promise<GeoData> {
  const searchTable = fetch(searchUrl).then(async (r) => {
    const table = (await r.json()) as unknown;
    if (!Array.isArray(table)) throw new GeoDataError(message('dataNotList', { file: 'search.json' }));
    return table as SearchEntry[];
  });
  // Lakes first, so the rivers and the border draw over them in the one source.
  const physicalFiles = Promise.all([
    fetchCollection<PhysicalProps>(lakesUrl, 'lakes.geojson', false),
    fetchCollection<PhysicalProps>(riversUrl, 'rivers.geojson', false),
    fetchCollection<PhysicalProps>(borderUrl, 'border.geojson'),
    fetchCollection<PhysicalProps>(peaksUrl, 'peaks.geojson'),
  ]);
  const [counties, zones, towns, ports, parks, routes, works, context] = await Promise.all([
    fetchCollection<CountyProps>(countiesUrl, 'counties.geojson'),
    fetchCollection<ZonesFileProps>(zonesUrl, 'zones.geojson'),
    fetchCollection<TownProps>(townsUrl, 'towns.geojson'),
    fetchCollection<PortProps>(portsUrl, 'ports.geojson'),
    fetchCollection<ParkProps>(parksUrl, 'parks.geojson'),
    fetchCollection<RouteProps>(routesUrl, 'routes.geojson'),
    fetchCollection<WorkProps>(worksUrl, 'works.geojson', true, true),
    fetchCollection<ContextFileProps>(contextUrl, 'context.geojson'),
  ]);
  const collections = { counties, zones, towns, ports, parks, routes, works, context };
  const byId: GeoData['byId'] = new Map();
  for (const [source, fc] of Object.entries(collections) as [
    DataSourceId,
    FeatureCollection<Geometry, AnyFeatureProps>,
  ][]) {
    for (const f of fc.features) byId.set(f.properties.id, { source, props: f.properties });
  }
  return {
    counties: counties as GeoData['counties'],
    labels: labelPoints(
      counties.features.map((f) => f.properties),
      context.features,
    ),
    zones,
    towns: towns as GeoData['towns'],
    ports: ports as GeoData['ports'],
    parks: parks as GeoData['parks'],
    routes: routes as GeoData['routes'],
    works: works as unknown as GeoData['works'],
    context,
    physical: { type: 'FeatureCollection', features: (await physicalFiles).flatMap((fc) => fc.features) },
    byId,
    search: await searchTable,
  };
}

/** Label anchors of counties, neighbouring prefectures and countries, as points. */
function labelPoints(
  counties: CountyProps[],
  context: FeatureCollection<Geometry, ContextFileProps>['features'],
): GeoData['labels'] {
  const point = (id: string, kind: LabelPointProps['kind'], p: FeatureBaseNames, at: GeoJSON.Position) => ({
    type: 'Feature' as const,
    properties: { id, kind, name: p.name, name_en: p.name_en },
    geometry: { type: 'Point' as const, coordinates: at },
  });
  const features = [
    ...counties.map((p) => point(`${p.id}-label`, 'county', p, p.label_at)),
    ...context.flatMap((f) => {
      const p = f.properties;
      if (p.kind === 'neighbour') return [point(`${p.id}-label`, 'neighbour', p, p.label_at)];
      return f.geometry.type === 'Point' ? [point(`${p.id}-label`, 'country-label', p, f.geometry.coordinates)] : [];
    }),
  ];
  return { type: 'FeatureCollection', features };
}

type FeatureBaseNames = { name: string; name_en: string };
