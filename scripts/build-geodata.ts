/**
 * Rebuilds geodata/counties.geojson, zones.geojson and context.geojson from the
 * registry packages and the committed source tables in geodata/sources/.
 * Run with `npm run geodata`; the output is deterministic.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanIntersects, featureCollection, union } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { CountyPartProps, SplitLineProps, TownshipSide } from '../src/data/types';
import { isBorderTownship, readBorderVillages } from './geodata/border-villages';
import { buildContext } from './geodata/context';
import { buildCorridor, type ResolvedWaypoint, type Waypoint } from './geodata/corridor';
import { buildCounties, type CountyFeature } from './geodata/counties';
import { countySeats } from './geodata/county-seats';
import { buildParks } from './geodata/parks';
import { placePosition, readPlaces } from './geodata/places';
import { buildPorts } from './geodata/ports';
import { buildRoutes, FOREIGN_STOPS } from './geodata/routes';
import { simplifySharedBorders } from './geodata/simplify';
import { readDivisions } from './geodata/source-packages';
import { nationalBorder, splitCountyByTownships } from './geodata/split-county';
import { buildTowns, type CrossCheck } from './geodata/towns';
import { readTownshipSeats, TOWNSHIP_SOURCE, type TownshipSeat } from './geodata/townships';
import { buildWorks, readWorksFile } from './geodata/works';
import { writeFeatureCollection } from './geodata/write-geojson';
import { SPLIT_COUNTIES } from './geodata/zone-facts';
import { zonesOfLine, zonesOfPoint } from './geodata/zone-membership';
import { dissolveZone } from './geodata/zones';

const ROOT = join(import.meta.dirname, '..');
const GEODATA = join(ROOT, 'geodata');
const SOURCES = join(GEODATA, 'sources');

/**
 * Visvalingam area threshold in square degrees: drops wiggles under ~0.3 km²,
 * invisible at the city-wide zooms (5–9) the app is used at.
 */
const MIN_AREA = 2.5e-5;
/** Two outlines from different AMap files that come this close are taken as a shared border. */
const SHARED_BORDER_GAP_KM = 3;

type Area = Feature<Polygon | MultiPolygon>;

const townships = readTownshipSeats(join(SOURCES, 'amap-townships-2018.csv'));
const places = readPlaces(join(SOURCES, 'places.json'));
const seats = countySeats(places, townships);

const counties: CountyFeature[] = simplifySharedBorders(buildCounties(seats), MIN_AREA);
const { neighbours, labels } = buildContext();

// 仲巴县 and 萨嘎县: border and non-border parts (示意), township by township:
// a village recorded as 边境村 puts its township on the border, else the geometric rule.
const splitTowns = townships.filter(
  (t) => t.level === 'town' && (SPLIT_COUNTIES as readonly string[]).includes(t.county),
);
const borderEvidence = readBorderVillages(join(SOURCES, 'border-villages.json'), splitTowns);
const evidenceOf = (seat: TownshipSeat) => borderEvidence.find((e) => e.code === seat.code)!;
const locateBySeatVillage = (seat: TownshipSeat) => {
  const code = evidenceOf(seat).placed_by_village;
  const village = townships.find((t) => t.level === 'village' && t.code === code && t.parent.startsWith(seat.code));
  if (!village?.position) throw new Error(`split: ${seat.name} has no AMap seat and no seat village to place it`);
  return village.position;
};
const sideOf = (seat: TownshipSeat): TownshipSide => {
  const e = evidenceOf(seat);
  return {
    code: seat.code,
    name: seat.name,
    basis: e.basis,
    border_villages: (e.villages ?? []).map((v) => v.name),
    sources: (e.citations ?? []).map((c) => c.url),
  };
};
const parts: Feature<Polygon | MultiPolygon, CountyPartProps>[] = [];
const splitLines: Feature[] = [];
for (const name of SPLIT_COUNTIES) {
  const county = counties.find((c) => c.properties.name === name)!;
  const others = [...counties.filter((c) => c !== county), ...neighbours];
  const border = nationalBorder(county, others, SHARED_BORDER_GAP_KM);
  const seatsInCounty = splitTowns.filter((t) => t.county === name);
  const split = splitCountyByTownships(
    county,
    seatsInCounty,
    border,
    (seat, reaches) => isBorderTownship(evidenceOf(seat), reaches),
    locateBySeatVillage,
  );
  const { id, name_en } = county.properties;
  const source = `${county.properties.name} split by township: Voronoi cells of the ${TOWNSHIP_SOURCE} within the county outline; a township is 边境沿线 when a village record marks one of its villages 边境村 (geodata/sources/border-villages.json), else when its cell reaches the national border (示意)`;
  const part = (zone: CountyPartProps['zone'], geometry: Area['geometry'], list: typeof seatsInCounty) => ({
    type: 'Feature' as const,
    properties: {
      kind: 'county-part' as const,
      id: `${id}-${zone === 'border-belt' ? 'border' : 'inland'}`,
      county: id,
      zone,
      name: `${name}（${zone === 'border-belt' ? '边境沿线区域' : '非边境沿线区域'}）`,
      name_en: `${name_en} (${zone === 'border-belt' ? 'border area' : 'non-border area'})`,
      townships: list.map((t) => t.code),
      township_basis: list.map(sideOf),
      source,
      precision: 'schematic' as const,
    },
    geometry,
  });
  parts.push(part('border-belt', split.borderPart.geometry, split.borderTownships));
  parts.push(part('eco-belt', split.inlandPart.geometry, split.inlandTownships));
  const line: Feature<LineString | MultiLineString, SplitLineProps> = {
    type: 'Feature',
    properties: {
      kind: 'split-line',
      id: `${id}-split`,
      county: id,
      name: `${name}边境沿线区域分界（示意）`,
      name_en: `${name_en}: border / non-border split (schematic)`,
      source,
      precision: 'schematic',
    },
    geometry: split.splitLine.geometry,
  };
  splitLines.push(line);
  console.log(
    `${name}: border townships ${split.borderTownships.map((t) => `${t.name} (${evidenceOf(t).basis})`).join('、')}; inland ${split.inlandTownships.map((t) => t.name).join('、')}`,
  );
}

const piecesOf = (zone: 'core' | 'eco-belt' | 'border-belt'): Area[] => [
  ...counties.filter((c) => !c.properties.split && c.properties.zones.includes(zone)),
  ...parts.filter((p) => p.properties.zone === zone),
];
const areaZones = (['core', 'eco-belt', 'border-belt'] as const).map((z) => dissolveZone(z, piecesOf(z), counties));

// The plan's places: the town system, ports, parks, and the routes of 专栏9.
const crossChecks = JSON.parse(readFileSync(join(SOURCES, 'towns-crosscheck.json'), 'utf8')) as CrossCheck[];
const approximate = JSON.parse(readFileSync(join(SOURCES, 'approximate-towns.json'), 'utf8')) as {
  towns: { county: string; name: string; villages: string[]; note: string }[];
};
const towns = buildTowns(townships, readDivisions('streets'), counties, crossChecks, (county, name) => {
  const entry = approximate.towns.find((t) => t.county === county && t.name === name);
  if (!entry) return null;
  const points = entry.villages.map((code) => {
    const village = townships.find((t) => t.code === code && t.position);
    if (!village?.position) throw new Error(`approximate-towns.json: village ${code} has no AMap point`);
    return village.position;
  });
  const mean = [0, 1].map((k) => points.reduce((sum, p) => sum + p[k]!, 0) / points.length);
  return {
    position: mean,
    source: `${TOWNSHIP_SOURCE}: village point(s) ${entry.villages.join(', ')}`,
    note: entry.note,
  };
});
const ports = buildPorts(places, counties);
const parks = buildParks(places, counties);
const seatPosition = (countyName: string) => {
  const seat = places.find((p) => p.subkind === 'county-seat' && p.county === countyName);
  if (!seat) throw new Error(`routes: no seat for ${countyName}`);
  return { at: placePosition(seat), source: 'county seats from places.json' };
};
const routes = buildRoutes((stop) => {
  if (stop === '日喀则' || stop === '日喀则市区') return seatPosition('桑珠孜区');
  const port = ports.find((p) => p.properties.name === stop);
  if (port) return { at: port.geometry.coordinates, source: 'ports.geojson' };
  const foreign = FOREIGN_STOPS[stop];
  if (foreign) return foreign;
  return seatPosition(`${stop}县`);
});

const cityOutline = union(featureCollection(counties as Area[]))!;
const resolve = (w: Waypoint): ResolvedWaypoint => {
  if ('place' in w) {
    // Axis ends are the ports as drawn, so the axes meet their symbols.
    const port = ports.find((p) => p.properties.id === w.place);
    if (!port) throw new Error(`corridor: no port ${w.place}`);
    return { name: port.properties.name, position: port.geometry.coordinates };
  }
  const seat = townships.find((t) => t.name === w.town && t.county === w.county && t.position);
  if (!seat?.position) throw new Error(`corridor: no AMap point for ${w.county}${w.town}`);
  return { name: w.town, position: seat.position };
};
const corridorCounties = (band: Area) => counties.filter((c) => booleanIntersects(c, band)).map((c) => c.properties.id);
const draft = buildCorridor(resolve, cityOutline, []);
draft.zone.properties.counties = corridorCounties(draft.zone);

// Which zones each place and route lies in: what the zone filter acts on.
for (const f of [...towns, ...ports, ...parks]) {
  f.properties.zones = zonesOfPoint(f, counties, parts, draft.zone);
}
for (const r of routes) r.properties.zones = zonesOfLine(r, [...areaZones, draft.zone]);

// The plan's named works: cited by passage and project id, checked against a second source.
const works = buildWorks({
  file: readWorksFile(join(SOURCES, 'works.json')),
  plan: JSON.parse(readFileSync(join(GEODATA, 'plan.json'), 'utf8')),
  counties,
  towns,
  townships,
  zonesOfPoint: (at) => zonesOfPoint(at, counties, parts, draft.zone),
  zonesOfLine: (line) => zonesOfLine(line, [...areaZones, draft.zone]),
});
for (const check of works.checks) console.log(`works cross-check: ${check}`);

const sizes = {
  'counties.geojson': writeFeatureCollection(join(GEODATA, 'counties.geojson'), counties),
  'zones.geojson': writeFeatureCollection(join(GEODATA, 'zones.geojson'), [
    ...areaZones,
    draft.zone,
    ...parts,
    ...splitLines,
    ...draft.axes,
  ]),
  // Context is background: it can lose more detail than the city's own borders.
  'towns.geojson': writeFeatureCollection(join(GEODATA, 'towns.geojson'), towns),
  'ports.geojson': writeFeatureCollection(join(GEODATA, 'ports.geojson'), ports),
  'parks.geojson': writeFeatureCollection(join(GEODATA, 'parks.geojson'), parks),
  'routes.geojson': writeFeatureCollection(join(GEODATA, 'routes.geojson'), routes),
  'works.geojson': writeFeatureCollection(join(GEODATA, 'works.geojson'), works.features),
  'context.geojson': writeFeatureCollection(join(GEODATA, 'context.geojson'), [
    ...simplifySharedBorders(neighbours, MIN_AREA * 4),
    ...labels,
  ]),
};
for (const [file, bytes] of Object.entries(sizes)) console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB`);
