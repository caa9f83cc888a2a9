import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/strings';
import type { LayerItemId } from '../layer-groups';

/** What the layers depend on: the label language and the items switched off in the layer control. */
export interface LayerContext {
  lang: Lang;
  hidden: readonly LayerItemId[];
}

/**
 * A filter that keeps the features whose `property` is not among the hidden
 * items of `prefix` ("tier:node" hides tier "node"), on top of a base filter.
 */
export function shownBy(
  ctx: LayerContext,
  prefix: string,
  property: string,
  base?: ExpressionSpecification,
): FilterSpecification {
  const hiddenValues = ctx.hidden.filter((id) => id.startsWith(`${prefix}:`)).map((id) => id.slice(prefix.length + 1));
  const shown: ExpressionSpecification = ['!', ['in', ['get', property], ['literal', hiddenValues]]];
  return base ? ['all', base, shown] : shown;
}

/** A whole layer switched by one item. */
export function visibleIf(ctx: LayerContext, item: LayerItemId): 'visible' | 'none' {
  return ctx.hidden.includes(item) ? 'none' : 'visible';
}
