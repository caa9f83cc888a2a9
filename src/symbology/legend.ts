import { type FilterDimension, type Filters, isKindShown, type PlaceKind } from '../filter/filter-model';
import { type Lang, STRINGS } from '../i18n/strings';
import type { ImportedFeature } from '../import/types';
import type { LayerItemId, SymbolClass } from './classes';
import { type FilterOption, type GroupId, PANEL_GROUPS } from './groups';
import type { SymbolSpec } from './symbol-spec';
import { type ColourBy, layerColourClasses } from './user-classes';

/** The most entries one legend column holds in the PNG and print layouts; a longer group goes on in the next column. */
export const LEGEND_COLUMN_ITEMS = 7;

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
  colourBy?: ColourBy | null;
  features: readonly ImportedFeature[];
  visible: boolean;
  geometryKinds: readonly ('point' | 'line' | 'polygon')[];
}

/** A user layer's swatch in a colour, as the map draws it (its dominant geometry). */
function userSymbol(l: UserLayerLegend, colour = l.colour): SymbolSpec {
  if (l.geometryKinds.includes('polygon')) {
    return { type: 'fill', colour, opacity: 0.35, edge: { colour, width: [[0, 2]] } };
  }
  if (l.geometryKinds.includes('line')) return { type: 'line', colour, width: [[0, 2]], opacity: 1 };
  return { type: 'circle', colour, radius: [[0, 5]], stroke: '#ffffff', strokeWidth: 1.2 };
}

const KIND_OF_GROUP: Record<Exclude<GroupId, 'spatial' | 'physical'>, PlaceKind> = {
  towns: 'town',
  ports: 'port',
  parks: 'park',
  routes: 'route',
  works: 'work',
  'work-status': 'work',
};

/** The works' eye buttons: the status entries stay while any of them is on. */
const WORK_LAYERS = PANEL_GROUPS.find((g) => g.id === 'works')?.layers.map((l) => l.id) ?? [];

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
    // The spatial structure and the physical geography are not filtered: only their eye buttons hide them.
    if (group.id !== 'spatial' && group.id !== 'physical') {
      const layers = group.id === 'work-status' ? WORK_LAYERS : group.layers.map((l) => l.id);
      if (layers.every((l) => hidden.includes(l))) continue;
      // Once a "what" dimension is ticked, only the kinds it chooses stay on the map.
      if (!isKindShown(KIND_OF_GROUP[group.id], filters)) continue;
    }
    const classes = [...group.options.filter(passes).flatMap((o) => o.classes), ...group.extras].filter(shows);
    // A long group (the works' kinds) goes on in further columns of the PNG and print legends.
    for (let i = 0; i < classes.length; i += LEGEND_COLUMN_ITEMS) {
      const title = lang === 'zh' ? group.name : group.name_en;
      sections.push({
        id: group.id,
        title: i === 0 ? title : `${title} …`,
        items: classes.slice(i, i + LEGEND_COLUMN_ITEMS).map((c) => legendItem(c, lang)),
      });
    }
  }
  // The user's entries, in columns of at most LEGEND_COLUMN_ITEMS: none is dropped.
  const mine = userLayers.filter((l) => l.visible).flatMap((l) => userLegendItems(l));
  for (let i = 0; i < mine.length; i += LEGEND_COLUMN_ITEMS) {
    sections.push({
      id: 'user',
      title: i === 0 ? STRINGS[lang].userLayers : `${STRINGS[lang].userLayers} …`,
      items: mine.slice(i, i + LEGEND_COLUMN_ITEMS),
    });
  }
  return sections;
}

/** A user layer's legend entries: one, or one per class of its colouring (named "layer: class"). */
export function userLegendItems(l: UserLayerLegend): LegendItem[] {
  const classes = layerColourClasses(l);
  if (classes.length === 0)
    return [{ classId: `user:${l.id}`, symbol: userSymbol(l), label: l.name, schematic: false }];
  return classes.map((c, i) => ({
    classId: `user:${l.id}:${i}`,
    symbol: userSymbol(l, c.colour),
    label: `${l.name}：${c.label}`,
    schematic: false,
  }));
}
