import { readFileSync } from 'node:fs';
import { booleanIntersects, booleanPointInPolygon, distance, lineString, point } from '@turf/turf';
import type { Feature, LineString, Point, Position } from 'geojson';
import type { Plan } from '../../src/data/plan-types';
import type { TownProps, WorkKind, WorkProps, ZoneId } from '../../src/data/types';
import { planRefs, projectColumns } from '../links/refs';
import { splitProjects } from '../links/split';
import type { CountyFeature } from './counties';
import { gcjToWgs } from './gcj02';
import { TOWNSHIP_SOURCE, type TownshipSeat } from './townships';
import { type SourcedPosition, STATUS_VERBS, type WorkEntry, type WorksFile } from './work-facts';

export type WorkFeature = Feature<Point | LineString | null, WorkProps>;

/** Beyond this distance the two sources disagree enough to fail the build (as for the towns). */
const MAX_DISAGREEMENT_KM = 8;

const UNSTAGED: WorkKind[] = ['heritage', 'protected-area'];

export interface WorkInputs {
  file: WorksFile;
  plan: Plan;
  counties: CountyFeature[];
  towns: Feature<Point, TownProps>[];
  townships: TownshipSeat[];
  zonesOfPoint: (at: Feature<Point, { county: string | null }>) => ZoneId[];
  zonesOfLine: (line: Feature<LineString>) => ZoneId[];
}

export function readWorksFile(path: string): WorksFile {
  return JSON.parse(readFileSync(path, 'utf8')) as WorksFile;
}

/** Paragraph and project texts by id: what a work may cite. */
export function citableTexts(plan: Plan): { paragraphs: Map<string, string>; projects: Map<string, string> } {
  const paragraphs = new Map<string, string>();
  const projects = new Map<string, string>();
  const projectColumnIds = new Set(projectColumns(plan).map((c) => c.id));
  for (const ref of planRefs(plan)) {
    if (ref.kind === 'paragraph') paragraphs.set(ref.id, ref.text);
    else if (ref.item && ref.column && projectColumnIds.has(ref.column.id)) {
      const item = ref.item.id;
      splitProjects(ref.item.text).forEach((s, i) => {
        projects.set(`${item}.p${i + 1}`, s.text);
      });
    }
  }
  return { paragraphs, projects };
}

/** An unplaced work's source: where the plan names it, and that no position of it was published. */
function unplacedSource(w: WorkEntry): string {
  const cited = [
    ...(w.passages.length > 0 ? [`passage ${w.passages.join(', ')}`] : []),
    ...(w.projects.length > 0 ? [`专栏 item ${w.projects.join(', ')}`] : []),
  ];
  return `known from the plan (${cited.join('; ')}); no published position was found, so it is not on the map`;
}

function wgs(p: SourcedPosition): Position {
  return p.datum === 'GCJ-02' ? gcjToWgs([p.lng, p.lat]) : [p.lng, p.lat];
}

function cite(p: SourcedPosition): string {
  return p.url ? `${p.source} <${p.url}>` : p.source;
}

/** Distance to the second source; throws beyond 8 km. */
function crossCheck(what: string, at: Position, second: SourcedPosition | undefined): string | undefined {
  if (!second) return undefined;
  const km = distance(at, wgs(second), { units: 'kilometers' });
  if (km > MAX_DISAGREEMENT_KM) throw new Error(`works: ${what} is ${km.toFixed(1)} km from ${second.source}`);
  return `${second.source}: ${km.toFixed(1)} km apart`;
}

/**
 * Builds geodata/works.geojson; throws on a dangling id, a misquote, or a position
 * its two sources disagree on. Returns the features and the cross-check distances.
 */
export function buildWorks(inputs: WorkInputs): { features: WorkFeature[]; checks: string[] } {
  const { file, counties, towns, townships } = inputs;
  const texts = citableTexts(inputs.plan);
  const ids = new Set<string>();
  const placed = new Map<string, Position>();
  const checks = new Set<string>();

  const countyId = (name: string, work: string) => {
    const county = counties.find((c) => c.properties.name === name);
    if (!county) throw new Error(`works: ${work} names no county "${name}"`);
    return county.properties.id;
  };

  const resolve = (ref: string, work: string): { name: string; at: Position; source: string } => {
    if (ref.startsWith('place:')) {
      const place = file.places[ref.slice(6)];
      if (!place) throw new Error(`works: ${work} runs through unknown ${ref}`);
      const at = wgs(place);
      const checked = crossCheck(`${ref} (${place.name})`, at, place.second);
      if (checked) checks.add(`${place.name}: ${checked}`);
      return { name: place.name ?? ref, at, source: cite(place) };
    }
    if (ref.startsWith('work:')) {
      const at = placed.get(ref.slice(5));
      const entry = file.works.find((w) => w.id === ref.slice(5));
      if (!at || !entry) throw new Error(`works: ${work} runs through ${ref}, which is not placed before it`);
      return { name: entry.name, at, source: `the point of ${entry.name} in this file` };
    }
    if (ref.startsWith('amap:')) {
      const seat = townships.find((t) => t.code === ref.slice(5) && t.position);
      if (!seat?.position) throw new Error(`works: ${work} is anchored at ${ref}, which has no AMap point`);
      return { name: `${seat.county}${seat.name}`, at: seat.position, source: `${TOWNSHIP_SOURCE} (${seat.name})` };
    }
    const town = towns.find((t) => t.properties.id === ref);
    if (!town) throw new Error(`works: ${work} refers to ${ref}, which is no town of geodata/towns.geojson`);
    return {
      name: town.properties.name,
      at: town.geometry.coordinates,
      source: `geodata/towns.geojson ${ref} (${town.properties.source})`,
    };
  };

  const features = file.works.map((w): WorkFeature => {
    if (ids.has(w.id)) throw new Error(`works: duplicate id ${w.id}`);
    ids.add(w.id);
    const cited = [
      ...w.passages.map((id) => {
        const text = texts.paragraphs.get(id);
        if (text === undefined) throw new Error(`works: dangling passage id "${id}" in ${w.id}`);
        return { id, text };
      }),
      ...w.projects.map((id) => {
        const text = texts.projects.get(id);
        if (text === undefined) throw new Error(`works: dangling project id "${id}" in ${w.id}`);
        return { id, text };
      }),
    ];
    if (cited.length === 0) throw new Error(`works: ${w.id} cites no passage or project`);
    const forms = [w.name, ...(w.plan_forms ?? [])];
    for (const { id, text } of cited)
      if (!forms.some((f) => text.includes(f))) throw new Error(`works: ${id} does not name ${w.name}`);
    checkStatus(w, cited);

    const countyIds = w.counties.map((name) => countyId(name, w.id));
    const base = {
      id: w.id,
      kind: w.kind,
      sector: w.sector,
      name: w.name,
      name_en: w.name_en,
      ...(w.status ? { status: w.status, status_words: w.status_words } : {}),
      passages: w.passages,
      projects: w.projects,
      counties: countyIds,
    };

    if (w.unplaced_reason) {
      if (w.position || w.anchor || w.via) throw new Error(`works: ${w.id} is unplaced but has a geometry`);
      const properties: WorkProps = {
        ...base,
        zones: [],
        placed: false,
        source: unplacedSource(w),
        precision: null,
        unplaced_reason: w.unplaced_reason,
        ...(w.note ? { note: w.note } : {}),
      };
      return { type: 'Feature', properties, geometry: null };
    }
    if (!w.precision) throw new Error(`works: ${w.id} has a geometry but no precision`);

    if (w.via) {
      if (w.precision !== 'schematic') throw new Error(`works: ${w.id} is a line through places, hence schematic`);
      const stops = w.via.map((ref) => resolve(ref, w.id));
      const line = lineString(stops.map((s) => s.at));
      for (const id of countyIds) {
        const county = counties.find((c) => c.properties.id === id)!;
        if (!booleanIntersects(line, county)) throw new Error(`works: ${w.id} does not reach ${id}`);
      }
      const properties: WorkProps = {
        ...base,
        zones: inputs.zonesOfLine(line),
        placed: true,
        source: `straight segments through ${stops.map((s) => s.name).join('—')} (示意, not the route): ${[...new Set(stops.map((s) => s.source))].join('; ')}`,
        precision: 'schematic',
        ...(w.note ? { note: w.note } : {}),
      };
      return { type: 'Feature', properties, geometry: line.geometry };
    }

    let at: Position;
    let source: string;
    if (w.position) {
      at = wgs(w.position);
      source = cite(w.position);
    } else if (w.anchor) {
      const host = resolve(w.anchor, w.id);
      at = host.at;
      source = `placed at ${host.name}: ${host.source}`;
    } else {
      throw new Error(`works: ${w.id} has neither a geometry nor an unplaced_reason`);
    }
    const checked = crossCheck(w.id, at, w.second);
    if (checked) checks.add(`${w.name}: ${checked}`);
    const home = counties.find((c) => booleanPointInPolygon(at, c));
    if (!home || !countyIds.includes(home.properties.id))
      throw new Error(
        `works: ${w.id} lies in ${home?.properties.name ?? 'no county'}, not in ${w.counties.join('、')}`,
      );
    placed.set(w.id, at);
    const properties: WorkProps = {
      ...base,
      zones: inputs.zonesOfPoint(point(at, { county: home.properties.id })),
      placed: true,
      source,
      precision: w.precision,
      ...(checked ? { checked } : {}),
      ...(w.note ? { note: w.note } : {}),
    };
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } };
  });
  return { features, checks: [...checks] };

  function checkStatus(w: WorkEntry, cited: { id: string; text: string }[]): void {
    if (UNSTAGED.includes(w.kind)) {
      if (w.status || w.status_words) throw new Error(`works: ${w.id} is a ${w.kind}, which has no status`);
      return;
    }
    const words = w.status_words ?? [];
    if (!w.status || words.length === 0) throw new Error(`works: ${w.id} has no status in the plan's words`);
    for (const word of words)
      if (!cited.some((c) => c.text.includes(word)))
        throw new Error(`works: ${w.id}: "${word}" is in none of its passages`);
    if (!words.some((word) => STATUS_VERBS[w.status!].some((verb) => word.includes(verb))))
      throw new Error(`works: ${w.id}: ${words.join('、')} is no verb of "${w.status}"`);
  }
}
