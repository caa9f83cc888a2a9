import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position } from 'geojson';

/** Where Debian's gmt-gshhg-full puts the full-resolution GSHHG files. */
const GSHHG_DIR = '/usr/share/gmt-gshhg';

/** GMT writes a history file where it runs: run it outside the worktree. */
const GMT_CWD = mkdtempSync(join(tmpdir(), 'gmt-'));

/** A piece of line as GMT dumps it: GSHHG is stored in bins, so a line is cut at each bin edge. */
export interface Piece {
  level: number;
  coordinates: Position[];
}

/** West, east, south, north in degrees. */
export type Region = [number, number, number, number];

/**
 * Installs Debian's gmt and gmt-gshhg-full when they are missing (as root with
 * apt), or says exactly what to install. Only the data build needs them.
 */
export function ensureGmt(): void {
  const ready = () => {
    try {
      execFileSync('gmt', ['--version'], { stdio: 'ignore' });
      return existsSync(`${GSHHG_DIR}/binned_river_f.nc`);
    } catch {
      return false;
    }
  };
  if (ready()) return;
  if (process.getuid?.() !== 0) {
    throw new Error('GSHHG is needed: run `apt-get install -y gmt gmt-gshhg-full` as root, then run this again.');
  }
  console.log('Installing gmt and gmt-gshhg-full (a few minutes)…');
  execFileSync('apt-get', ['install', '-y', 'gmt', 'gmt-gshhg-full'], { stdio: 'inherit' });
  if (!ready()) throw new Error('gmt-gshhg-full installed, but gmt cannot read GSHHG');
}

/** The GSHHG version GMT reads (from its verbose output), e.g. "2.3.7". */
export function gshhgVersion(region: Region): string {
  // GMT reports the version on stderr in its verbose mode.
  const run = spawnSync('gmt', ['coast', `-R${region.join('/')}`, '-Dc', '-W1/0.1p', '-M', '-Vl'], {
    encoding: 'utf8',
    cwd: GMT_CWD,
  });
  const version = /GSHHG version (\S+)/.exec(run.stderr)?.[1];
  if (!version) throw new Error(`gmt did not report the GSHHG version: ${run.stderr}`);
  return version;
}

function runCoast(region: Region, what: string): string {
  return execFileSync('gmt', ['coast', `-R${region.join('/')}`, '-Df', what, '-M'], {
    encoding: 'utf8',
    cwd: GMT_CWD,
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Parses GMT's multisegment text: `>` headers, then "lon<TAB>lat" lines. */
export function parseSegments(text: string, level: number): Piece[] {
  const pieces: Piece[] = [];
  let current: Position[] | null = null;
  // GMT also writes two-point pieces at bin corners that repeat one point: they are no line.
  const keep = (c: Position[] | null) => {
    if (c?.some((p) => p[0] !== c[0]![0] || p[1] !== c[0]![1])) pieces.push({ level, coordinates: c });
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      keep(current);
      current = [];
    } else if (line.trim() !== '') {
      const [lon, lat] = line.trim().split(/\s+/).map(Number);
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error(`gmt: unreadable line "${line}"`);
      current?.push([lon!, lat!]);
    }
  }
  keep(current);
  return pieces;
}

/**
 * WDBII rivers of one level (GMT's -I levels: 0 river-lakes, 1–4 permanent
 * rivers from major to minor, 5–7 intermittent, 8–10 canals).
 */
export function riverPieces(region: Region, level: number): Piece[] {
  return parseSegments(runCoast(region, `-I${level}`), level);
}

/** Shorelines of one GSHHG level (2: lake shores). */
export function shorePieces(region: Region, level: number): Piece[] {
  return parseSegments(runCoast(region, `-W${level}/0.1p`), level);
}
