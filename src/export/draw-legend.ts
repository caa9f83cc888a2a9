import { drawSwatch, SWATCH } from '../symbology/draw-symbol';
import type { LegendSection } from '../symbology/legend';
import { ACCENT, FONT_FAMILY, INK } from '../symbology/palette';
import type { Rect } from './composition-layout';

const ITEM_HEIGHT = 18;

/** Writes `text` at `size` px or smaller so that it fits `maxWidth` (the last resort is an ellipsis); returns its width. */
export function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  size: number,
  weight = '',
): number {
  let px = size;
  ctx.font = `${weight} ${px}px ${FONT_FAMILY}`;
  while (ctx.measureText(text).width > maxWidth && px > size * 0.75) {
    px -= 0.5;
    ctx.font = `${weight} ${px}px ${FONT_FAMILY}`;
  }
  let shown = text;
  while (shown.length > 1 && ctx.measureText(shown).width > maxWidth) shown = `${shown.slice(0, -2)}…`;
  ctx.fillText(shown, x, y);
  return ctx.measureText(shown).width;
}

/** The legend, one section per column (wrapping to more rows when the map is narrow). */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  sections: LegendSection[],
  area: Rect,
  columns: number,
  columnWidth: number,
  rowHeight: number,
  schematicTag: string,
) {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  sections.forEach((section, i) => {
    const x = area.x + (i % columns) * columnWidth;
    const y = area.y + Math.floor(i / columns) * rowHeight + 12;
    const width = columnWidth - 12;
    ctx.fillStyle = INK;
    fitText(ctx, section.title, x, y + 7, width, 13, 'bold');
    section.items.forEach((item, k) => {
      const top = y + 20 + k * ITEM_HEIGHT;
      drawSwatch(ctx, item.symbol, x, top + (ITEM_HEIGHT - SWATCH.height) / 2);
      const labelX = x + SWATCH.width + 6;
      ctx.font = `11px ${FONT_FAMILY}`;
      const tag = item.schematic ? ` ${schematicTag}` : '';
      const tagWidth = tag ? ctx.measureText(tag).width : 0;
      ctx.fillStyle = INK;
      const labelWidth = fitText(
        ctx,
        item.label,
        labelX,
        top + ITEM_HEIGHT / 2,
        width - SWATCH.width - 6 - tagWidth,
        12,
      );
      if (tag) {
        ctx.fillStyle = ACCENT;
        ctx.font = `11px ${FONT_FAMILY}`;
        ctx.fillText(tag, labelX + labelWidth, top + ITEM_HEIGHT / 2);
      }
    });
  });
  ctx.textBaseline = 'alphabetic';
}
