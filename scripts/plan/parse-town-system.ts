import type { TownEntry, TownTier, TownTierKey } from '../../src/data/plan-types';
import { COUNTIES } from './counties';
import type { NoteLog } from './notes';
import type { SourceLine } from './read-lines';

const TIERS: ReadonlyMap<string, TownTierKey> = new Map([
  ['中心城市', 'central-city'],
  ['重要节点城镇', 'major-node-town'],
  ['节点乡镇', 'node-township'],
  ['重点乡镇', 'key-township'],
]);

const TIER_LINE = /^(中心城市|重要节点城镇|节点乡镇|重点乡镇)[:：](.*)$/;

/** True when every line of a column is a `<tier>:` line, i.e. the column is the town system. */
export function isTownSystem(content: readonly SourceLine[]): boolean {
  return content.length > 0 && content.every((line) => TIER_LINE.test(line.text.trim()));
}

/**
 * Reads the town-system column: one line per tier, entries as written. Entries are
 * `<county><town>` or, after 、, a town of the same county (`桑珠孜区江当乡、曲布雄乡`).
 * Where the list lost its separators, entries are split where a county name begins.
 */
export function parseTownSystem(columnId: string, content: readonly SourceLine[], log: NoteLog): TownTier[] {
  return content.map((line, index) => {
    const match = TIER_LINE.exec(line.text.trim());
    const tier = match?.[1] ?? '';
    const key = TIERS.get(tier);
    if (!match || !key) throw new Error(`seed line ${line.no}: not a town-system tier line`);
    const id = `${columnId}.t${index + 1}`;
    const list = (match[2] ?? '').replace(/。$/, '');
    const entries = splitEntries(list, line.no, id, log);
    return { id, key, tier, text: line.text.trim(), entries, line: line.no };
  });
}

function splitEntries(list: string, lineNo: number, tierId: string, log: NoteLog): TownEntry[] {
  const entries: TownEntry[] = [];
  let county: string | null = null;
  for (const segment of list.split(/[,，、]/)) {
    const pieces = splitAtCounties(segment.trim());
    if (pieces.length > 1) {
      log.add(
        'lost-separator',
        [lineNo],
        [tierId],
        `line ${lineNo}: "${segment.trim()}" runs ${pieces.length} entries together without separators; split where each county name begins`,
      );
    }
    for (const piece of pieces) {
      const countyHere = COUNTIES.find((name) => piece.startsWith(name));
      if (countyHere) county = countyHere;
      if (county === null) throw new Error(`seed line ${lineNo}: "${piece}" names no county and follows none`);
      const town = countyHere ? piece.slice(countyHere.length) : piece;
      entries.push({ id: `${tierId}.e${entries.length + 1}`, county, town: town === '' ? null : town, written: piece });
    }
  }
  return entries;
}

/** Splits `A县x镇B县y镇` into `A县x镇`, `B县y镇`; text before the first county stays one piece. */
function splitAtCounties(segment: string): string[] {
  const starts: number[] = [];
  for (let i = 0; i < segment.length; i++) {
    if (COUNTIES.some((name) => segment.startsWith(name, i))) starts.push(i);
  }
  if (starts[0] !== 0) starts.unshift(0);
  return starts
    .map((start, k) => segment.slice(start, starts[k + 1] ?? segment.length))
    .filter((piece) => piece !== '');
}
