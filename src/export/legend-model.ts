import type { PortType } from '../data/types';
import { type FilterDimension, type Filters, isKindShown, type PlaceKind } from '../filter/filter-model';
import { type Lang, STRINGS, type StringKey } from '../i18n/strings';
import { type FilterOption, type LayerItemId, PANEL_GROUPS, type PanelGroup } from '../map/layer-groups';
import { ROUTE_COLOURS } from '../map/layers/route-layers';
import { TIER_COLOURS } from '../map/layers/town-layers';
import { INK, ZONE_COLOURS } from '../map/palette';
import { COMPOSITION } from './composition-layout';

/** A legend swatch, described once and drawn both on a canvas (PNG) and in SVG (print). */
export type LegendSymbol =
  | { type: 'fill'; colour: string; opacity: number; edge?: { colour: string; dash: number[] } }
  | { type: 'circle'; colour: string; radius: number; strokeWidth: number }
  | { type: 'line'; colour: string; width: number; dash: number[]; casing?: string }
  /** A map icon drawn by src/map/icons.ts (`port/…`, `park/…`). */
  | { type: 'icon'; name: string };

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
  schematic: boolean;
}

export interface LegendSection {
  id: PanelGroup['id'];
  title: string;
  items: LegendItem[];
}

export interface LegendState {
  lang: Lang;
  hidden: readonly LayerItemId[];
  filters: Filters;
}

const PORT_TYPES: PortType[] = ['口岸', '边贸通道', '边贸市场', '物流设施'];
const KIND_OF_GROUP: Record<Exclude<PanelGroup['id'], 'spatial'>, PlaceKind> = {
  towns: 'town',
  ports: 'port',
  parks: 'park',
  routes: 'route',
};
const TIER_RADIUS: Record<string, number> = { 'central-city': 7, 'key-node': 6, node: 4.5, 'key-township': 3.5 };

function symbolOf(o: FilterOption): LegendSymbol {
  switch (o.dimension) {
    case 'zones':
      return o.value === 'corridor'
        ? { type: 'fill', colour: ZONE_COLOURS.corridor, opacity: 0.4, edge: { colour: '#b35f0c', dash: [3, 2] } }
        : { type: 'fill', colour: ZONE_COLOURS[o.value as keyof typeof ZONE_COLOURS], opacity: 0.75 };
    case 'tiers':
      return {
        type: 'circle',
        colour: TIER_COLOURS[o.value as keyof typeof TIER_COLOURS],
        radius: TIER_RADIUS[o.value] ?? 4,
        strokeWidth: 1,
      };
    case 'portStatus':
      return { type: 'icon', name: `port/口岸/${o.value}` };
    case 'parkCategory':
      return { type: 'icon', name: `park/${o.value}/main` };
    default: {
      const colour = o.value === 'tourism' ? ROUTE_COLOURS['route-everest'] : ROUTE_COLOURS['route-cross-border-loop'];
      return { type: 'line', colour: colour ?? INK, width: 3, dash: [5, 3] };
    }
  }
}

/**
 * What the exported map shows, section by section (as the legend panel groups
 * it): hidden layers are left out, and a "what" filter (tier, port status, park
 * category, route type) leaves only the values it lets through.
 */
export function legendSections({ lang, hidden, filters }: LegendState): LegendSection[] {
  const t = (key: StringKey) => STRINGS[lang][key];
  const name = (n: { name: string; name_en: string }) => (lang === 'zh' ? n.name : n.name_en);
  const shows = (id: LayerItemId) => !hidden.includes(id);
  const passes = (o: FilterOption) => {
    if (o.dimension === 'zones') return o.value === 'corridor' ? shows('layer:corridor') : shows('layer:zones');
    const chosen = filters[o.dimension as FilterDimension] as string[];
    return chosen.length === 0 || chosen.includes(o.value);
  };
  const item = (symbol: LegendSymbol, label: string, schematic = false): LegendItem => ({ symbol, label, schematic });
  const sections: LegendSection[] = [];
  for (const group of PANEL_GROUPS) {
    if (group.id !== 'spatial') {
      if (!group.layers.every((l) => shows(l.id))) continue;
      // Once a "what" dimension is ticked, only the kinds it chooses stay on the map.
      if (!isKindShown(KIND_OF_GROUP[group.id], filters)) continue;
    }
    const items = group.options
      .filter(passes)
      .map((o) => item(symbolOf(o), name(o), o.dimension === 'zones' && o.value === 'corridor'));
    if (group.id === 'spatial') {
      if (shows('layer:corridor')) {
        items.push(item({ type: 'line', colour: '#b35f0c', width: 3, dash: [4, 2] }, t('legendCorridorAxis')));
      }
      items.push(item({ type: 'line', colour: INK, width: 2, dash: [2, 2] }, t('legendSplit')));
      const countyLines = group.layers.find((l) => l.id === 'layer:county-lines');
      if (countyLines && shows(countyLines.id)) {
        items.push(item({ type: 'line', colour: '#ffffff', width: 2, dash: [], casing: '#9a968c' }, name(countyLines)));
      }
    } else if (group.id === 'towns') {
      items.push(item({ type: 'circle', colour: '#ffffff', radius: 5, strokeWidth: 2.5 }, t('legendSeat')));
    } else if (group.id === 'ports') {
      for (const type of PORT_TYPES)
        items.push(item({ type: 'icon', name: `port/${type}/expand` }, t(`portType_${type}`)));
    }
    if (items.length > 0) {
      sections.push({ id: group.id, title: name(group), items: items.slice(0, COMPOSITION.maxSectionItems) });
    }
  }
  return sections;
}
