import { drawIcon } from '../map/icons';
import { INK } from '../map/palette';
import type { Rect } from './composition-layout';
import type { LegendSection, LegendSymbol } from './legend-model';
import { FONT_FAMILY } from './render-map';

const SWATCH = { width: 24, height: 14 };
const ITEM_HEIGHT = 18;
const ACCENT = '#b35f0c';

/** A map icon as a canvas image (icons.ts draws them at 2×). */
function iconImage(name: string): HTMLCanvasElement | null {
  const data = drawIcon(name);
  if (!data) return null;
  const canvas = document.createElement('canvas');
  canvas.width = data.width;
  canvas.height = data.height;
  canvas.getContext('2d')?.putImageData(data, 0, 0);
  return canvas;
}

/** One swatch, centred in a 24 × 14 box whose top-left corner is (x, y). */
export function drawSymbol(ctx: CanvasRenderingContext2D, symbol: LegendSymbol, x: number, y: number) {
  const cx = x + SWATCH.width / 2;
  const cy = y + SWATCH.height / 2;
  ctx.save();
  if (symbol.type === 'fill') {
    ctx.globalAlpha = symbol.opacity;
    ctx.fillStyle = symbol.colour;
    ctx.fillRect(x + 1, y + 1, SWATCH.width - 2, SWATCH.height - 2);
    ctx.globalAlpha = 1;
    if (symbol.edge) {
      ctx.strokeStyle = symbol.edge.colour;
      ctx.setLineDash(symbol.edge.dash);
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 1.5, y + 1.5, SWATCH.width - 3, SWATCH.height - 3);
    }
  } else if (symbol.type === 'circle') {
    ctx.beginPath();
    ctx.arc(cx, cy, symbol.radius, 0, 2 * Math.PI);
    ctx.fillStyle = symbol.colour;
    ctx.fill();
    ctx.lineWidth = symbol.strokeWidth;
    ctx.strokeStyle = INK;
    ctx.stroke();
  } else if (symbol.type === 'line') {
    ctx.lineCap = 'butt';
    if (symbol.casing) {
      ctx.strokeStyle = symbol.casing;
      ctx.lineWidth = symbol.width + 2;
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + SWATCH.width, cy);
      ctx.stroke();
    }
    ctx.strokeStyle = symbol.colour;
    ctx.lineWidth = symbol.width;
    ctx.setLineDash(symbol.dash);
    ctx.beginPath();
    ctx.moveTo(x, cy);
    ctx.lineTo(x + SWATCH.width, cy);
    ctx.stroke();
  } else {
    const image = iconImage(symbol.name);
    if (image) ctx.drawImage(image, cx - 8, cy - 8, 16, 16);
  }
  ctx.restore();
}

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
      drawSymbol(ctx, item.symbol, x, top + (ITEM_HEIGHT - SWATCH.height) / 2);
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
