import type { WorkKind, WorkSector, WorkStatus } from '../data/types';
import { LEGEND_ZOOM, type Named, type SymbolClass } from './classes';
import { INK } from './palette';
import type { Dash, IconFill, IconShape, SymbolSpec, ZoomStops } from './symbol-spec';

/**
 * The plan's named works (geodata/works.geojson): colour by sector, shape by
 * kind, and the plan's progress by line style or fill — solid for 建成, dashed
 * for planned (开工建设; 加快推进 / 前期工作), hollow for 研究 / 论证. The work
 * layers, the legends and the filter's 项目类别 and 项目进展 read these.
 */
export type WorkLayerId = `layer:works-${WorkSector}`;

export interface SectorClass extends Named {
  value: WorkSector;
  colour: string;
  layer: WorkLayerId;
}

/** The filter's 项目类别, in the plan's order of chapters (第六章 transport … 第十八章 heritage). */
export const WORK_SECTORS: SectorClass[] = (
  [
    ['transport', '交通', 'Transport', '#d0104c'],
    ['energy', '能源', 'Energy', '#d4880f'],
    ['water', '水利', 'Water', '#1565c0'],
    ['safety', '公共安全', 'Public safety', '#7b1fa2'],
    ['protection', '生态保护', 'Ecological protection', '#2e7d32'],
    ['heritage', '文化遗产', 'Cultural heritage', '#8d5524'],
  ] as const
).map(([value, name, name_en, colour]) => ({ value, name, name_en, colour, layer: `layer:works-${value}` as const }));

export const sectorOf = (value: WorkSector): SectorClass => WORK_SECTORS.find((s) => s.value === value)!;

/** A kind of work: drawn in its sector's colour, with its own shape or line. */
export interface WorkKindClass extends SymbolClass {
  value: WorkKind;
  sector: WorkSector;
  layer: WorkLayerId;
}

const workLine = (colour: string, width: [number, number]): SymbolSpec => ({
  type: 'line',
  colour,
  width: [
    [LEGEND_ZOOM, width[0]],
    [9, width[1]],
  ],
  opacity: 1,
});

const workIcon = (colour: string, shape: IconShape, radius: number): SymbolSpec => ({
  type: 'icon',
  shape,
  colour,
  fill: 'full',
  outline: colour,
  radius,
});

const kind = (
  value: WorkKind,
  sector: WorkSector,
  n: Named,
  symbol: (colour: string) => SymbolSpec,
  schematic = false,
): WorkKindClass => ({
  id: `work-kind:${value}`,
  property: 'kind',
  value,
  ...n,
  sector,
  layer: sectorOf(sector).layer,
  schematic,
  symbol: symbol(sectorOf(sector).colour),
});

/** Roads, railways and the pipeline are drawn between the places the plan names (示意). */
export const WORK_KIND_CLASSES: WorkKindClass[] = [
  kind('road', 'transport', { name: '公路', name_en: 'Roads' }, (c) => workLine(c, [3, 5]), true),
  kind('railway', 'transport', { name: '铁路', name_en: 'Railways' }, () => workLine('#2f2f2f', [2.4, 4]), true),
  kind('airport', 'transport', { name: '机场', name_en: 'Airports' }, (c) => workIcon(c, 'diamond', 7.5)),
  kind('tunnel', 'transport', { name: '隧道', name_en: 'Tunnels' }, (c) => workIcon(c, 'square', 6)),
  kind('power', 'energy', { name: '电力', name_en: 'Power' }, (c) => workIcon(c, 'triangle', 7.5)),
  kind('pipeline', 'energy', { name: '输气输油管道', name_en: 'Pipelines' }, (c) => workLine(c, [2.2, 3.6]), true),
  kind('water-hub', 'water', { name: '水利枢纽', name_en: 'Water hubs' }, (c) => workIcon(c, 'hexagon', 7.5)),
  kind('reservoir', 'water', { name: '水库', name_en: 'Reservoirs' }, (c) => workIcon(c, 'circle', 7)),
  kind('irrigation', 'water', { name: '灌区', name_en: 'Irrigation districts' }, () =>
    workIcon('#2a8fbd', 'square', 6.5),
  ),
  kind('hazard', 'safety', { name: '防灾治理工程', name_en: 'Hazard works' }, (c) => workIcon(c, 'triangle', 7.5)),
  kind('protected-area', 'protection', { name: '自然保护区', name_en: 'Nature reserves' }, (c) =>
    workIcon(c, 'circle', 8),
  ),
  kind('heritage', 'heritage', { name: '文物古迹', name_en: 'Heritage sites' }, (c) => workIcon(c, 'star', 8.5)),
];

/** How a status draws a point work: the fill of its symbol, and a dashed outline while planned. */
export interface StatusPoint {
  fill: IconFill;
  dash?: Dash;
}

/** One status as a line (for roads, railways, pipelines) or as a point (the rest). */
export interface WorkStatusClass extends SymbolClass {
  value: WorkStatus;
  geometry: 'line' | 'point';
}

const STATUS_LOOK: Record<WorkStatus, { dash?: Dash; hollow?: boolean; point: StatusPoint }> = {
  built: { point: { fill: 'full' } },
  'start-building': { dash: [3, 1.5], point: { fill: 'half', dash: [1.5, 1] } },
  preparatory: { dash: [1.2, 1.2], point: { fill: 'none', dash: [1.5, 1] } },
  study: { hollow: true, point: { fill: 'none' } },
};

/** The filter's 项目进展, named with the plan's verbs. */
const STATUS_NAMES: [WorkStatus, string, string][] = [
  ['built', '建成', 'Built'],
  ['start-building', '开工建设', 'Start building'],
  ['preparatory', '前期工作', 'Preparatory work'],
  ['study', '研究论证', 'Under study'],
];

const STATUS_WIDTH: ZoomStops = [
  [LEGEND_ZOOM, 2.6],
  [9, 4.5],
];

const statusClass = (value: WorkStatus, name: string, name_en: string, geometry: 'line' | 'point') => {
  const look = STATUS_LOOK[value];
  const symbol: SymbolSpec =
    geometry === 'line'
      ? {
          type: 'line',
          colour: INK,
          width: STATUS_WIDTH,
          opacity: 1,
          ...(look.dash ? { dash: look.dash } : {}),
          ...(look.hollow ? { hollow: true } : {}),
        }
      : { type: 'icon', shape: 'circle', colour: INK, outline: INK, radius: 7, ...look.point };
  return {
    id: `work-status-${geometry}:${value}`,
    property: 'status',
    value,
    name: `${name}（${geometry === 'line' ? '线状工程' : '点状工程'}）`,
    name_en: `${name_en} (${geometry === 'line' ? 'linear works' : 'point works'})`,
    layer: null,
    schematic: false,
    geometry,
    symbol,
  } satisfies WorkStatusClass;
};

export const WORK_STATUS_OPTIONS = STATUS_NAMES.map(([value, name, name_en]) => ({
  value,
  name,
  name_en,
  classes: [statusClass(value, name, name_en, 'line'), statusClass(value, name, name_en, 'point')],
}));

export const WORK_STATUS_CLASSES: WorkStatusClass[] = WORK_STATUS_OPTIONS.flatMap((o) => o.classes);

/** The look of a status on a line (its dash, or hollow); a work with no status is solid. */
export function statusLine(status: string | undefined): { dash?: Dash; hollow?: boolean } {
  const look = status ? STATUS_LOOK[status as WorkStatus] : undefined;
  return { ...(look?.dash ? { dash: look.dash } : {}), ...(look?.hollow ? { hollow: true } : {}) };
}

/** The symbol of a point work: its kind's shape and colour, its status's fill and outline. */
export function workPointSymbol(kindValue: string, status: string | undefined): SymbolSpec | null {
  const symbol = WORK_KIND_CLASSES.find((c) => c.value === kindValue)?.symbol;
  if (symbol?.type !== 'icon') return null;
  const look = status ? STATUS_LOOK[status as WorkStatus]?.point : undefined;
  return look ? { ...symbol, ...look } : symbol;
}

/** The plan's word for a status (建成, 开工建设, 前期工作, 研究论证), in a language. */
export function statusName(status: WorkStatus, lang: 'zh' | 'en'): string {
  const [, name, name_en] = STATUS_NAMES.find(([v]) => v === status)!;
  return lang === 'zh' ? name : name_en;
}
