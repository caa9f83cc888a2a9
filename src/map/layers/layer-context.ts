import type { ExpressionSpecification } from 'maplibre-gl';
import { type Filters, filterExpression, type PlaceKind } from '../../filter/filter-model';
import type { Lang } from '../../i18n/strings';
import type { LayerItemId } from '../../symbology/classes';

/** What the layers depend on: label language, hidden layers, the filter, the county being explored, a basemap under them. */
export interface LayerContext {
  lang: Lang;
  hidden: readonly LayerItemId[];
  filters: Filters;
  /** The selected county, if a county is selected: the rest of the city is dimmed. */
  selectedCounty: string | null;
  /** A county is hovered, selected or named in the paragraph read (absent: none is). */
  countyHighlighted?: boolean;
  /** Label size factor: larger when presenting to a room. */
  textScale: number;
  /** A basemap lies under the plan's layers (absent: the offline map). */
  underlay?: boolean;
}

/** The filter of the layers of one kind of place. */
export function placeFilter(
  ctx: LayerContext,
  kind: PlaceKind,
  base?: ExpressionSpecification,
): ExpressionSpecification {
  const filter = filterExpression(kind, ctx.filters);
  return base ? ['all', base, filter] : filter;
}

/** A whole layer switched by its eye button (the filter hides kinds by paint: names-shown.ts). */
export function visibleIf(ctx: LayerContext, item: LayerItemId): 'visible' | 'none' {
  return ctx.hidden.includes(item) ? 'none' : 'visible';
}
