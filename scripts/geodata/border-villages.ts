import { readFileSync } from 'node:fs';
import type { TownshipBasis } from '../../src/data/types';
import type { TownshipSeat } from './townships';

/** A page read for a township, and the words on it that matter. */
export interface PageRead {
  url: string;
  heading: string;
  words: string;
  note?: string;
}

/** A village marked 边境村: its AMap code and name, and the name as the page writes it. */
export interface BorderVillage {
  code: string;
  name: string;
  page_name: string;
}

/** One township's row of geodata/sources/border-villages.json. */
export interface TownshipBorderEntry {
  county: string;
  /** AMap 2018 township code (9 digits), as amap-townships-2018.csv has it. */
  code: string;
  name: string;
  basis: TownshipBasis;
  /** 边境沿线: recorded for a village record, the rule's result (checked at build time) for the geometric basis. */
  border: boolean;
  /** village-record: the villages the pages mark 边境村. */
  villages?: BorderVillage[];
  /** village-record: the pages that say so. */
  citations?: PageRead[];
  /** geometric: why the geometric rule stands. */
  reason?: string;
  /** Pages read that bear on the township without being a 边境村 record. */
  pages_read?: PageRead[];
  /** For a township without an AMap seat: the code of its seat village, which places it. */
  placed_by_village?: string;
}

interface BorderVillagesFile {
  about: string;
  searched: string;
  townships: TownshipBorderEntry[];
}

/**
 * Reads the table of 边境村 evidence and checks it covers exactly the towns
 * of the split counties in the AMap table, each with what its basis needs.
 */
export function readBorderVillages(path: string, towns: TownshipSeat[]): TownshipBorderEntry[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as BorderVillagesFile;
  const entries = file.townships;
  const fail = (entry: TownshipBorderEntry, why: string) => {
    throw new Error(`${path}: ${entry.county}${entry.name} (${entry.code}): ${why}`);
  };
  for (const entry of entries) {
    const town = towns.find((t) => t.code === entry.code);
    if (!town) fail(entry, 'no such town in the AMap table');
    if (town!.name !== entry.name || town!.county !== entry.county) {
      fail(entry, `AMap has ${town!.county}${town!.name} under this code`);
    }
    if (entry.basis === 'village-record') {
      if (!entry.border) fail(entry, 'a 边境村 record makes the township 边境沿线');
      if (!entry.villages?.length || !entry.citations?.length)
        fail(entry, 'a village record needs villages and citations');
      // The quoted words hold one entry per village, ' / '-separated; each recorded village's entry must say 边境村.
      const quoted = entry.citations!.flatMap((c) => c.words.split(' / '));
      for (const village of entry.villages!) {
        if (!village.code.startsWith(entry.code)) fail(entry, `${village.name} is not one of its villages`);
        const said = quoted.some((q) => q.startsWith(village.page_name) && /邊境村|边境村/.test(q));
        if (!said) fail(entry, `no citation says 边境村 for ${village.page_name}`);
      }
    } else if (!entry.reason) {
      fail(entry, 'the geometric basis needs the reason the sources are silent');
    }
  }
  for (const town of towns) {
    if (entries.filter((e) => e.code === town.code).length !== 1) {
      throw new Error(`${path}: ${town.county}${town.name} (${town.code}) needs exactly one row`);
    }
  }
  return entries;
}

/**
 * Whether a township is 边境沿线: a village record says so outright; otherwise
 * the geometric rule decides, and must agree with what the table records.
 */
export function isBorderTownship(entry: TownshipBorderEntry, reachesBorder: boolean): boolean {
  if (entry.basis === 'village-record') return true;
  if (reachesBorder !== entry.border) {
    throw new Error(
      `border-villages.json records ${entry.county}${entry.name} as ${entry.border ? '' : 'not '}边境沿线, but the geometric rule puts it ${reachesBorder ? 'on' : 'off'} the border side`,
    );
  }
  return reachesBorder;
}
