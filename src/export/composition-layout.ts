/**
 * The PNG composition, in CSS pixels (multiply by the export's pixel ratio):
 *
 *   ┌──────────────────────────────┐  title band: TITLE_HEIGHT
 *   │ title · subtitle             │
 *   ├──────────────────────────────┤
 *   │ map (the visible map's size) │  scale bar bottom left, north arrow top right
 *   ├──────────────────────────────┤
 *   │ legend: sections in columns  │  rows × LEGEND_ROW_HEIGHT
 *   ├──────────────────────────────┤
 *   │ sources · 示意 notice · date  │  FOOTER_HEIGHT
 *   └──────────────────────────────┘
 *
 * Every size depends only on the map's size and the number of legend sections,
 * never on measured text, so the size of an export is known in advance.
 */
export const COMPOSITION = {
  padding: 16,
  titleHeight: 64,
  /** A legend column: its title and LEGEND_COLUMN_ITEMS entries of 18 px. */
  legendRowHeight: 160,
  footerHeight: 48,
  minColumnWidth: 220,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CompositionLayout {
  width: number;
  height: number;
  title: Rect;
  map: Rect;
  legend: Rect;
  footer: Rect;
  columns: number;
  columnWidth: number;
}

/**
 * Where each part of the composition goes, for a map of `mapWidth` × `mapHeight`
 * CSS pixels (a handout page's title band is taller: it holds the scene's caption).
 */
export function compositionLayout(
  mapWidth: number,
  mapHeight: number,
  sections: number,
  titleHeight: number = COMPOSITION.titleHeight,
): CompositionLayout {
  const { padding, legendRowHeight, footerHeight, minColumnWidth } = COMPOSITION;
  const inner = mapWidth - 2 * padding;
  const columns = Math.max(1, Math.min(Math.max(sections, 1), Math.floor(inner / minColumnWidth)));
  const rows = Math.ceil(sections / columns);
  const legendHeight = rows * legendRowHeight;
  const map = { x: 0, y: titleHeight, width: mapWidth, height: mapHeight };
  const legend = { x: padding, y: map.y + mapHeight, width: inner, height: legendHeight };
  const footer = { x: padding, y: legend.y + legendHeight, width: inner, height: footerHeight };
  return {
    width: mapWidth,
    height: footer.y + footerHeight,
    title: { x: padding, y: 0, width: inner, height: titleHeight },
    map,
    legend,
    footer,
    columns,
    columnWidth: inner / columns,
  };
}
