import { type FilterDimension, type Filters, isKindShown, type PlaceKind } from '../filter/filter-model';
import { type Lang, STRINGS } from '../i18n/strings';
import type { LayerItemId, SymbolClass } from './classes';
import { type FilterOption, type GroupId, PANEL_GROUPS } from './groups';
import type { SymbolSpec } from './symbol-spec';

export interface LegendItem {
  classId: string;
  symbol: SymbolSpec;
  label: string;
  schematic: boolean;
}

export interface LegendSection {
  id: GroupId | 'user';
  title: string;
  items: LegendItem[];
}

export interface LegendState {
  lang: Lang;
  hidden: readonly LayerItemId[];
  filters: Filters;
  /** The user's own layers: each visible one gets an entry. */
  userLayers?: readonly UserLayerLegend[];
}

/** What the legend needs of a user layer. */
export interface UserLayerLegend {
  id: string;
  name: string;
  colour: string;
  visible: boolean;
  geometryKinds: readonly ('point' | 'line' | 'polygon')[];
}

/** A user layer's swatch, as the map draws it (its dominant geometry). */
function userSymbol(l: UserLayerLegend): SymbolSpec {
  if (l.geometryKinds.includes('polygon')) {
    return { type: 'fill', colour: l.colour, opacity: 0.35, edge: { colour: l.colour, width: [[0, 2]] } };
  }
  if (l.geometryKinds.includes('line')) return { type: 'line', colour: l.colour, width: [[0, 2]], opacity: 1 };
  return { type: 'circle', colour: l.colour, radius: [[0, 5]], stroke: '#ffffff', strokeWidth: 1.2 };
}

const KIND_OF_GROUP: Record<Exclude<GroupId, 'spatial'>, PlaceKind> = {
  towns: 'town',
  ports: 'port',
  parks: 'park',
  routes: 'route',
};

/** A class's legend entry in a language. */
export function legendItem(c: SymbolClass, lang: Lang): LegendItem {
  return { classId: c.id, symbol: c.symbol, label: lang === 'zh' ? c.name : c.name_en, schematic: c.schematic };
}

/**
 * What the map shows, section by section, as the legend panel groups it:
 * hidden layers are left out, and a "what" filter (tier, port status, park
 * category, route type) leaves only the values it lets through. The exported
 * PNG and the print draw exactly these entries.
 */
export function legendSections({ lang, hidden, filters, userLayers = [] }: LegendState): LegendSection[] {
  const shows = (c: SymbolClass) => !c.layer || !hidden.includes(c.layer);
  const passes = (o: FilterOption) => {
    if (o.dimension === 'zones') return true;
    const chosen = filters[o.dimension as FilterDimension] as string[];
    return chosen.length === 0 || chosen.includes(o.value);
  };
  const sections: LegendSection[] = [];
  for (const group of PANEL_GROUPS) {
    if (group.id !== 'spatial') {
      if (!group.layers.every((l) => !hidden.includes(l.id))) continue;
      // Once a "what" dimension is ticked, only the kinds it chooses stay on the map.
      if (!isKindShown(KIND_OF_GROUP[group.id], filters)) continue;
    }
    const classes = [...group.options.filter(passes).flatMap((o) => o.classes), ...group.extras].filter(shows);
    if (classes.length > 0) {
      sections.push({
        id: group.id,
        title: lang === 'zh' ? group.name : group.name_en,
        items: classes.map((c) => legendItem(c, lang)),
      });
    }
  }
  const mine = userLayers.filter((l) => l.visible);
  if (mine.length > 0) {
    sections.push({
      id: 'user',
      title: STRINGS[lang].userLayers,
      items: mine.map((l) => ({ classId: `user:${l.id}`, symbol: userSymbol(l), label: l.name, schematic: false })),
    });
  }
  return sections;
}
