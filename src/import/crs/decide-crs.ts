import proj4 from 'proj4';
import type { Bounds } from '../city-bounds';
import type { StatedCrs } from '../formats/source';
import { fileMessage, refuse } from '../messages';
import type { Bilingual, CrsCandidate, ImportChoices } from '../types';
import { KNOWN_CRS, normaliseCrsName } from './definitions';
import { prefixedCandidates, unprefixedCandidates } from './projected-guess';

export type Projector = (x: number, y: number) => [number, number];

export type CrsDecision =
  | { kind: 'decided'; crs: string; project: Projector | null; swap: boolean; warnings: Bilingual[] }
  | { kind: 'question'; candidates: CrsCandidate[] };

export interface CrsInput {
  fileName: string;
  /** The first position of every feature, as read. */
  samples: [number, number][];
  stated: StatedCrs | null;
  lonLatByDefinition: boolean;
  choices: ImportChoices;
  city: Bounds;
}

const GEOGRAPHIC = '+proj=longlat +datum=WGS84 +no_defs';

function projectorFor(definition: string): Projector | null {
  if (definition === GEOGRAPHIC) return null;
  const converter = proj4(definition, GEOGRAPHIC);
  return (x, y) => {
    const [lon, lat] = converter.forward([x, y]);
    return [lon ?? Number.NaN, lat ?? Number.NaN];
  };
}

function isLonLat([x, y]: [number, number]): boolean {
  return Math.abs(x) <= 180 && Math.abs(y) <= 90;
}

/** lat/lon written as lon/lat: valid for the city only when swapped (x 27–32, y 82–91). */
function looksSwapped([x, y]: [number, number]): boolean {
  return x >= 27 && x <= 32 && y >= 82 && y <= 91;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function decideStated(input: CrsInput, code: string, definition: string): CrsDecision {
  const geographic = definition === GEOGRAPHIC;
  return geographic
    ? decideGeographic(input, code)
    : {
        kind: 'decided',
        crs: code,
        project: projectorFor(definition),
        swap: input.choices.swapped === true,
        warnings: [],
      };
}

function decideGeographic(input: CrsInput, code: string): CrsDecision {
  const { samples, choices, fileName } = input;
  if (choices.swapped) return { kind: 'decided', crs: code, project: null, swap: true, warnings: [] };
  if (!input.lonLatByDefinition && samples.length > 0 && samples.every(looksSwapped)) {
    const warning = fileMessage(
      fileName,
      '经纬度顺序颠倒（先纬度后经度），已自动对调',
      'latitude and longitude were swapped (latitude first); swapped them back',
    );
    return { kind: 'decided', crs: code, project: null, swap: true, warnings: [warning] };
  }
  return { kind: 'decided', crs: code, project: null, swap: false, warnings: [] };
}

/** Decide from the numbers alone: projected metres, with the zone read from an 8-digit easting prefix. */
function decideProjected(input: CrsInput, swap: boolean): CrsDecision | null {
  const { samples, city, fileName } = input;
  const xs = samples.map((p) => (swap ? p[1] : p[0]));
  const ys = samples.map((p) => (swap ? p[0] : p[1]));
  const x = median(xs);
  const y = median(ys);
  const swapWarning = swap
    ? [
        fileMessage(
          fileName,
          'X 为北坐标、Y 为东坐标（测量习惯），已按此读取',
          'X is the northing and Y the easting (surveying order); read them that way',
        ),
      ]
    : [];
  if (x >= 10_000_000 && x < 100_000_000) {
    const zones = new Set(xs.map((v) => Math.floor(v / 1_000_000)));
    if (zones.size > 1) {
      refuse(
        fileName,
        `东坐标混有多个带号（${[...zones].join('、')}）`,
        `eastings mix zone prefixes ${[...zones].join(', ')}`,
      );
    }
    const candidates = prefixedCandidates(x, y, city);
    const chosen = candidates.find((c) => c.insideCity) ?? candidates[0];
    if (!chosen) return null;
    const known = KNOWN_CRS.get(chosen.crs);
    const note = fileMessage(
      fileName,
      `未注明坐标系，按东坐标带号判定为 ${known?.label.zh ?? chosen.crs}`,
      `no coordinate system stated; read the zone from the easting prefix as ${known?.label.en ?? chosen.crs}`,
    );
    return {
      kind: 'decided',
      crs: chosen.crs,
      project: projectorFor(known?.proj4 ?? ''),
      swap,
      warnings: [...swapWarning, note],
    };
  }
  const candidates = unprefixedCandidates(x, y, city);
  return candidates.length > 0 ? { kind: 'question', candidates } : null;
}

/** Decide the source CRS: the user's choice, else what the file states, else what the numbers allow. */
export function decideCrs(input: CrsInput): CrsDecision {
  const { choices, stated, samples, fileName } = input;
  if (choices.crs) {
    const code = normaliseCrsName(choices.crs);
    const known = code ? KNOWN_CRS.get(code) : undefined;
    if (!known)
      refuse(
        fileName,
        `不支持所选坐标系 ${choices.crs}`,
        `the chosen coordinate system ${choices.crs} is not supported`,
      );
    return decideStated(input, known.code, known.proj4);
  }
  if (stated) return decideStated(input, stated.id, stated.proj4);
  if (input.lonLatByDefinition) return decideGeographic(input, 'EPSG:4326');
  const lonLatShare = samples.filter(isLonLat).length / Math.max(samples.length, 1);
  if (lonLatShare >= 0.5) return decideGeographic(input, 'EPSG:4326');
  const decided = decideProjected(input, false) ?? decideProjected(input, true);
  if (decided) return decided;
  // Small numbers are degrees gone wrong, not metres: each feature is then rejected for its range.
  if (samples.every(([x, y]) => Math.abs(x) < 1000 && Math.abs(y) < 1000)) return decideGeographic(input, 'EPSG:4326');
  const first = samples[0] ?? [Number.NaN, Number.NaN];
  return refuse(
    fileName,
    `坐标（${first[0]}, ${first[1]}）既不是经纬度，也不像日喀则的高斯-克吕格或 Web 墨卡托坐标`,
    `coordinates (${first[0]}, ${first[1]}) are neither lon/lat nor plausible Gauss–Krüger or Web Mercator metres for 日喀则`,
  );
}
