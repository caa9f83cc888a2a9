import { parseChineseNumber } from '../plan/numerals';
import type { AuditInputs } from './inputs';

/** What the data hold for a count: how many, and which features. */
export interface DataCount {
  count: number;
  features: string[];
}

/** A count the plan states about what the map holds, and how to count it in the data. */
export interface CountStatement {
  id: string;
  /** The plan's words; the figure is the capture group. Every passage that writes them is cited. */
  words: RegExp;
  /** What is counted, for the report. */
  what: string;
  count: (inputs: AuditInputs) => DataCount;
}

/** 9, 18, 九, 两 → a number; anything else is a broken statement. */
export function figureOf(numeral: string): number {
  const value = /^\d+$/.test(numeral) ? Number(numeral) : numeral === '两' ? 2 : parseChineseNumber(numeral);
  if (value === null) throw new Error(`audit: “${numeral}” is not a number`);
  return value;
}

const ids = (features: readonly { properties: { id: string } }[]) => features.map((f) => f.properties.id);

const borderCounties = (inputs: AuditInputs): DataCount => {
  const border = inputs.counties.filter((c) => c.properties.border);
  return { count: border.length, features: ids(border) };
};

const allCounties = (inputs: AuditInputs): DataCount => ({
  count: inputs.counties.length,
  features: ids(inputs.counties),
});

/** The statements checked; the town system's tiers are added from 专栏4 (town-tiers.ts). */
export const COUNT_STATEMENTS: CountStatement[] = [
  {
    id: 'border-counties',
    words: /(\d+|[一二三四五六七八九十]+)个边境县/u,
    what: 'counties with border: true (counties.geojson)',
    count: borderCounties,
  },
  {
    id: 'border-counties-short',
    words: /边境(\d+|[一二三四五六七八九十]+)县/u,
    what: 'counties with border: true (counties.geojson)',
    count: borderCounties,
  },
  {
    id: 'counties',
    words: /(18)个?县[(（]区[)）]/u,
    what: 'county-level divisions (counties.geojson)',
    count: allCounties,
  },
  {
    id: 'zones',
    words: /“一核(两)带一廊”/u,
    what: 'belts (带) among the zones of 一核两带一廊 (zones.geojson, kind zone, id *-belt)',
    count: (inputs) => {
      const belts = inputs.zones.filter((z) => z.properties.kind === 'zone' && z.properties.id.endsWith('-belt'));
      return { count: belts.length, features: ids(belts) };
    },
  },
  {
    id: 'parks',
    words: /“(九)大园区”/u,
    what: 'parks (parks.geojson)',
    count: (inputs) => ({ count: inputs.parks.length, features: ids(inputs.parks) }),
  },
];

/** The towns of towns.geojson whose tier is named `tierName` (中心城市…), as 专栏4 names it. */
export function townsOfTier(inputs: AuditInputs, tierName: string): DataCount {
  const towns = inputs.towns.filter((t) => t.properties.tier_name === tierName);
  return { count: towns.length, features: ids(towns) };
}
