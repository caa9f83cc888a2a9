import type { FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import contextUrl from '../../geodata/context.geojson?url';
import countiesUrl from '../../geodata/counties.geojson?url';
import zonesUrl from '../../geodata/zones.geojson?url';
import type { ContextFileProps, CountyProps, ZonesFileProps } from './types';

/** A label anchor of an area (county or neighbouring prefecture), as a point for the symbol layers. */
export interface LabelPointProps {
  id: string;
  kind: 'county' | 'neighbour';
  name: string;
  name_en: string;
}

export interface GeoData {
  counties: FeatureCollection<Polygon | MultiPolygon, CountyProps>;
  labels: FeatureCollection<Point, LabelPointProps>;
  zones: FeatureCollection<Geometry, ZonesFileProps>;
  context: FeatureCollection<Geometry, ContextFileProps>;
}

/** Thrown with a message a person can act on: which file, which record, what is wrong. */
export class GeoDataError extends Error {}

async function fetchCollection<P>(url: string, file: string): Promise<FeatureCollection<Geometry, P>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new GeoDataError(`${file}: could not be read (${String(cause)})`);
  }
  if (!response.ok) throw new GeoDataError(`${file}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new GeoDataError(`${file}: is not valid JSON`);
  }
  return checkCollection<P>(json, file);
}

/**
 * The shape check the app relies on (the full schema is checked by the tests
 * and the build): a FeatureCollection whose features all carry id, kind and name.
 */
export function checkCollection<P>(json: unknown, file: string): FeatureCollection<Geometry, P> {
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new GeoDataError(`${file}: not a GeoJSON FeatureCollection`);
  }
  fc.features.forEach((f: { properties?: Record<string, unknown>; geometry?: unknown }, i: number) => {
    const p = f?.properties;
    for (const key of ['id', 'kind', 'name'] as const) {
      if (typeof p?.[key] !== 'string' || p[key] === '') {
        throw new GeoDataError(`${file}: feature #${i}${p?.id ? ` (${String(p.id)})` : ''} has no ${key}`);
      }
    }
    if (!f.geometry) throw new GeoDataError(`${file}: feature ${String(p?.id)} has no geometry`);
  });
  return json as FeatureCollection<Geometry, P>;
}

/** Loads the embedded geodata (hashed files next to the app; no other origin). */
export async function loadGeoData(): Promise<GeoData> {
  const [counties, zones, context] = await Promise.all([
    fetchCollection<CountyProps>(countiesUrl, 'counties.geojson'),
    fetchCollection<ZonesFileProps>(zonesUrl, 'zones.geojson'),
    fetchCollection<ContextFileProps>(contextUrl, 'context.geojson'),
  ]);
  const areas = [...counties.features, ...context.features].flatMap((f) =>
    f.properties.kind === 'county' || f.properties.kind === 'neighbour' ? [f.properties] : [],
  );
  return {
    counties: counties as FeatureCollection<Polygon | MultiPolygon, CountyProps>,
    labels: {
      type: 'FeatureCollection',
      features: areas.map((p) => ({
        type: 'Feature',
        properties: { id: `${p.id}-label`, kind: p.kind, name: p.name, name_en: p.name_en },
        geometry: { type: 'Point', coordinates: p.label_at },
      })),
    },
    zones,
    context,
  };
}
