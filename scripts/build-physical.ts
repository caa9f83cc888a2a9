/**
 * Rebuilds geodata/rivers.geojson, lakes.geojson, peaks.geojson and
 * border.geojson: rivers and lakes from GSHHG (read by Debian's gmt, installed
 * here when missing), clipped to the city and a margin and simplified; names
 * and peaks from geodata/sources/physical-names.json; the national border
 * from the committed county outlines. Run with `npm run geodata:physical`.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  area,
  bbox,
  booleanPointInPolygon,
  buffer,
  featureCollection,
  lineString,
  point,
  polygon,
  simplify,
  union,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { LakeProps, NationalBorderProps, PeakProps, RiverNameProps, RiverProps } from '../src/data/types';
import { clipLine } from './geodata/physical/clip';
import { ensureGmt, gshhgVersion, type Region, riverPieces, shorePieces } from './geodata/physical/gshhg';
import { lakeAt, matchNames, readPhysicalNames, riverAt } from './geodata/physical/names';
import { nationalBorderOf } from './geodata/physical/national-border';
import { stitch } from './geodata/physical/stitch';
import { writeFeatureCollection } from './geodata/write-geojson';

const ROOT = join(import.meta.dirname, '..');
const GEODATA = join(ROOT, 'geodata');

/** Rivers and lakes are drawn this far beyond the city's outline, so they do not stop dead at the border. */
const MARGIN_KM = 25;
/** WDBII levels kept: 0 river-lakes, 1–4 permanent rivers, major to minor (no intermittent rivers or canals here). */
const RIVER_LEVELS = [0, 1, 2, 3, 4];
/** Douglas–Peucker tolerances in degrees (≈200 m and ≈100 m): invisible at the zooms the app is used at (5–10). */
const RIVER_TOLERANCE = 0.002;
const LAKE_TOLERANCE = 0.001;
/**
 * The line a river's name is written along: the river much simplified
 * (≈5 km), since MapLibre places a name only where the line bends little
 * over the name's length, and GSHHG's rivers wind.
 */
const NAME_LINE_TOLERANCE = 0.05;
/** Smaller lakes are dots at these zooms. */
const MIN_LAKE_KM2 = 1;
/** Same tolerance as the zones' split (build-geodata.ts): prefecture outlines come from other files. */
const SHARED_BORDER_GAP_KM = 3;

type Area = Feature<Polygon | MultiPolygon>;
const read = <T>(file: string) => JSON.parse(readFileSync(join(GEODATA, file), 'utf8')) as T;

const counties = read<FeatureCollection<Polygon | MultiPolygon>>('counties.geojson').features;
const neighbours = read<FeatureCollection>('context.geojson').features.filter(
  (f): f is Area => f.properties?.kind === 'neighbour',
);
const city = union(featureCollection(counties))!;
const margin = buffer(city, MARGIN_KM, { units: 'kilometers' })!;
const [w, s, e, n] = bbox(margin);
const region: Region = [Math.floor(w), Math.ceil(e), Math.floor(s), Math.ceil(n)];

ensureGmt();
const version = gshhgVersion(region);
const GSHHG = `GSHHG ${version} (Wessel & Smith, LGPL), full resolution, read with GMT`;
const names = readPhysicalNames(join(GEODATA, 'sources', 'physical-names.json'));

// Rivers: joined across GSHHG's bins, clipped to the margin, simplified.
const rivers = stitch(RIVER_LEVELS.flatMap((level) => riverPieces(region, level)))
  .flatMap((r) => clipLine(r.coordinates, margin).map((coordinates) => ({ level: r.level, coordinates })))
  .map((r) => ({
    level: r.level,
    coordinates: simplify(lineString(r.coordinates), { tolerance: RIVER_TOLERANCE }).geometry.coordinates,
  }))
  .filter((r) => r.coordinates.length > 1);
const riverNames = matchNames(names.rivers, (entry) => riverAt(entry, rivers));
const riverFeatures = rivers.map((r, i): Feature<GeoJSON.LineString, RiverProps> => {
  const named = riverNames.get(i);
  return {
    type: 'Feature',
    properties: {
      kind: 'river',
      id: named?.id ?? `river-${r.level}-${String(i).padStart(3, '0')}`,
      level: r.level,
      ...(named && { name: named.name, name_en: named.name_en, name_source: named.source }),
      source: `${GSHHG}: WDBII rivers, level ${r.level}`,
      precision: 'source',
    },
    geometry: { type: 'LineString', coordinates: r.coordinates },
  };
});

const nameLines = riverFeatures.flatMap((f): Feature<GeoJSON.LineString, RiverNameProps>[] => {
  const { id, name, name_en, name_source, source } = f.properties;
  if (!name || !name_en || !name_source) return [];
  const line = simplify(lineString(f.geometry.coordinates), { tolerance: NAME_LINE_TOLERANCE }).geometry;
  return [
    {
      type: 'Feature',
      properties: { kind: 'river-name', id: `${id}-name`, name, name_en, name_source, source, precision: 'source' },
      geometry: line,
    },
  ];
});

// Lakes: GSHHG level-2 shores, closed rings once joined; whole lakes that reach the margin.
const touchesMargin = (ring: Position[]) => ring.some((v) => booleanPointInPolygon(point(v), margin));
const lakeRings = stitch(shorePieces(region, 2))
  .map((l) => l.coordinates)
  .filter((c) => c.length > 3 && c[0]![0] === c.at(-1)![0] && c[0]![1] === c.at(-1)![1])
  .filter(touchesMargin)
  .map((ring) => simplify(polygon([ring]), { tolerance: LAKE_TOLERANCE }).geometry)
  .filter((g) => area(g) / 1e6 >= MIN_LAKE_KM2);
const lakeNames = matchNames(names.lakes, (entry) => lakeAt(entry, lakeRings));
const lakeFeatures = lakeRings.map((geometry, i): Feature<Polygon, LakeProps> => {
  const named = lakeNames.get(i);
  return {
    type: 'Feature',
    properties: {
      kind: 'lake',
      id: named?.id ?? `lake-${String(i).padStart(3, '0')}`,
      ...(named && { name: named.name, name_en: named.name_en, name_source: named.source }),
      area_km2: Math.round(area(geometry) / 1e5) / 10,
      source: `${GSHHG}: level-2 shorelines (lakes)`,
      precision: 'source',
    },
    geometry,
  };
});

const peakFeatures = names.peaks.map(
  (p): Feature<GeoJSON.Point, PeakProps> => ({
    type: 'Feature',
    properties: {
      kind: 'peak',
      id: p.id,
      name: p.name,
      name_en: p.name_en,
      elevation_m: p.elevation_m,
      source: p.source,
      precision: 'source',
    },
    geometry: { type: 'Point', coordinates: p.at },
  }),
);

const border: Feature<GeoJSON.MultiLineString, NationalBorderProps> = {
  type: 'Feature',
  properties: {
    kind: 'national-border',
    id: 'national-border',
    name: '国界',
    name_en: 'National border',
    source: `The parts of the county outlines (counties.geojson) farther than ${SHARED_BORDER_GAP_KM} km from every other county and neighbouring prefecture (context.geojson)`,
    precision: 'source',
  },
  geometry: { type: 'MultiLineString', coordinates: nationalBorderOf(counties, neighbours, SHARED_BORDER_GAP_KM) },
};

const sizes = {
  'rivers.geojson': writeFeatureCollection(join(GEODATA, 'rivers.geojson'), [...riverFeatures, ...nameLines], 4),
  'lakes.geojson': writeFeatureCollection(join(GEODATA, 'lakes.geojson'), lakeFeatures, 4),
  'peaks.geojson': writeFeatureCollection(join(GEODATA, 'peaks.geojson'), peakFeatures),
  'border.geojson': writeFeatureCollection(join(GEODATA, 'border.geojson'), [border]),
};
console.log(
  `${GSHHG}; ${riverFeatures.length} rivers (${riverNames.size} named), ${lakeFeatures.length} lakes (${lakeNames.size} named), ${peakFeatures.length} peaks`,
);
for (const [file, bytes] of Object.entries(sizes)) console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB`);
