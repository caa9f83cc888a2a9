import type { PageRun, Side } from './measure-page';

export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
export const median = (xs: number[]) => quantile(xs, 0.5);

interface Pair {
  app: number;
  floor: number;
  /** app / floor */
  ratio: number;
}
const pair = (runs: Record<Side, PageRun[]>, pick: (run: PageRun) => number[], stat = median): Pair => {
  const app = stat(runs.app.flatMap(pick));
  const floor = stat(runs.floor.flatMap(pick));
  return { app, floor, ratio: app / floor };
};
/**
 * Each app page's navigation over the floor page loaded just before it, in quartiles: one run of
 * the bench reads ±10 % on this machine, and the spread says how far its median ratio can be trusted.
 */
export function pairedReadyRatios(runs: Record<Side, PageRun[]>) {
  const ratios = runs.app.map((run, i) => run.readyMs / runs.floor[i]!.readyMs);
  return { p25: quantile(ratios, 0.25), median: median(ratios), p75: quantile(ratios, 0.75) };
}
const intervals = (frames: number[]) => frames.slice(1).map((t, i) => t - frames[i]!);

export interface Extras {
  runs: number;
  chromium: string;
  floorMapSize: { w: number; h: number };
  initialJs: { files: string[]; kb: number };
  data: { files: string[]; kb: number; rawKb: number };
  search: number[];
}

/** Every figure of the bench, as printed and as written to bench-results.json. */
export function summarise(runs: Record<Side, PageRun[]>, extras: Extras) {
  const hovers = runs.app.flatMap((r) => r.hovers);
  return {
    date: new Date().toISOString(),
    runs: extras.runs,
    viewport: '1920x1080',
    chromium: extras.chromium,
    mapSizePx: extras.floorMapSize,
    ready: {
      ...pair(runs, (r) => [r.readyMs]),
      appRuns: runs.app.map((r) => Math.round(r.readyMs)),
      floorRuns: runs.floor.map((r) => Math.round(r.readyMs)),
      programs: pair(runs, (r) => [r.programsAtReady]),
      paired: pairedReadyRatios(runs),
    },
    filterClick: {
      samples: runs.app.flatMap((r) => r.clicks).length,
      ms: pair(runs, (r) => r.clicks.map((c) => c.ms)),
      frames: pair(runs, (r) => r.clicks.map((c) => c.frames)),
      tileLayouts: pair(runs, (r) => r.clicks.map((c) => c.tiles)),
      mainThreadTaskMs: pair(runs, (r) => r.clicks.map((c) => c.taskMs)),
      mainThreadScriptMs: pair(runs, (r) => r.clicks.map((c) => c.scriptMs)),
      longTaskMs: pair(runs, (r) => r.clicks.map((c) => c.longTaskMs)),
    },
    hover: {
      samples: hovers.length,
      toStoreMs: median(hovers.map((h) => h.storeMs)),
      toFrameMs: median(hovers.map((h) => h.renderMs)),
      toIdleMs: median(hovers.map((h) => h.idleMs)),
    },
    panZoom: {
      frames: pair(runs, (r) => [r.frames.length]),
      medianFrameMs: pair(runs, (r) => intervals(r.frames)),
      p95FrameMs: pair(
        runs,
        (r) => intervals(r.frames),
        (xs) => quantile(xs, 0.95),
      ),
    },
    initialJsGzipKb: extras.initialJs.kb,
    initialJsFiles: extras.initialJs.files,
    dataGzipKb: extras.data.kb,
    dataRawKb: extras.data.rawKb,
    dataFiles: extras.data.files,
    searchPerKeystroke: {
      samples: extras.search.length,
      medianMs: median(extras.search),
      maxMs: Math.max(...extras.search),
    },
  };
}

export type Summary = ReturnType<typeof summarise>;

/** The compact table printed at the end. */
export function table(s: Summary): string {
  const f = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
  const row = (label: string, p: Pair, unit: string, digits = 0) => [
    label,
    `${f(p.app, digits)} ${unit}`,
    `${f(p.floor, digits)} ${unit}`,
    f(p.ratio, 2),
  ];
  const only = (label: string, value: string) => [label, value, '', ''];
  const fc = s.filterClick;
  const rows = [
    ['measure (median)', 'app', 'floor', 'app/floor'],
    row('navigation → ready', s.ready, 'ms'),
    only(
      '  each page over the floor page before it',
      `p25 ${f(s.ready.paired.p25, 2)}, median ${f(s.ready.paired.median, 2)}, p75 ${f(s.ready.paired.p75, 2)}`,
    ),
    row('  WebGL programs linked', s.ready.programs, ''),
    row('filter click → ready', fc.ms, 'ms'),
    row('  frames drawn per click', fc.frames, ''),
    row('  tile layouts per click', fc.tileLayouts, ''),
    row('  main thread (CDP TaskDuration)', fc.mainThreadTaskMs, 'ms', 1),
    row('  of which script (CDP ScriptDuration)', fc.mainThreadScriptMs, 'ms', 1),
    row('  long tasks (> 50 ms)', fc.longTaskMs, 'ms'),
    only('hover → store hoveredId', `${f(s.hover.toStoreMs, 1)} ms`),
    only('hover → highlight frame', `${f(s.hover.toFrameMs, 1)} ms`),
    only('hover → idle', `${f(s.hover.toIdleMs, 1)} ms`),
    row('pan+zoom (~2 s): frames', s.panZoom.frames, ''),
    row('pan+zoom: frame interval', s.panZoom.medianFrameMs, 'ms', 1),
    row('pan+zoom: frame interval p95', s.panZoom.p95FrameMs, 'ms', 1),
    only('initial JS', `${f(s.initialJsGzipKb, 1)} KB gzip`),
    only('data', `${f(s.dataGzipKb, 1)} KB gzip (${f(s.dataRawKb)} KB raw)`),
    only('search per keystroke', `${f(s.searchPerKeystroke.medianMs, 2)} ms (max ${f(s.searchPerKeystroke.maxMs, 2)})`),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n');
}
