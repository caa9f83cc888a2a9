import { LEGEND_ZOOM } from './classes';
import { PAPER } from './palette';
import { HOLLOW_EDGE, type IconShape, type SymbolSpec, valueAt } from './symbol-spec';

/** The legend swatch's box, in CSS pixels. */
export const SWATCH = { width: 24, height: 16 } as const;

function shapePath(ctx: CanvasRenderingContext2D, shape: IconShape, cx: number, cy: number, r: number) {
  ctx.beginPath();
  const polygon = (n: number, start: number) => {
    for (let k = 0; k < n; k++) {
      const a = start + (k * 2 * Math.PI) / n;
      ctx[k === 0 ? 'moveTo' : 'lineTo'](cx + r * Math.cos(a), cy + r * Math.sin(a));
    }
    ctx.closePath();
  };
  if (shape === 'square') ctx.rect(cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
  else if (shape === 'triangle') polygon(3, -Math.PI / 2);
  else if (shape === 'diamond') polygon(4, -Math.PI / 2);
  else if (shape === 'hexagon') polygon(6, 0);
  else if (shape === 'star') {
    for (let k = 0; k < 10; k++) {
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      const rk = k % 2 === 0 ? r : r * 0.45;
      ctx[k === 0 ? 'moveTo' : 'lineTo'](cx + rk * Math.cos(a), cy + rk * Math.sin(a));
    }
    ctx.closePath();
  } else ctx.arc(cx, cy, r * 0.85, 0, 2 * Math.PI);
}

/** A point icon centred on (cx, cy), `scale` CSS pixels per unit of its radius. */
export function drawIconShape(
  ctx: CanvasRenderingContext2D,
  spec: Extract<SymbolSpec, { type: 'icon' }>,
  cx: number,
  cy: number,
  scale: number,
) {
  const r = spec.radius * scale;
  ctx.save();
  shapePath(ctx, spec.shape, cx, cy, r);
  ctx.fillStyle = spec.fill === 'full' ? spec.colour : '#ffffff';
  ctx.fill();
  if (spec.fill === 'half') {
    ctx.save();
    shapePath(ctx, spec.shape, cx, cy, r);
    ctx.clip();
    ctx.fillStyle = spec.colour;
    ctx.fillRect(cx - r, cy - r, r, 2 * r);
    ctx.restore();
  }
  shapePath(ctx, spec.shape, cx, cy, r);
  ctx.lineWidth = 0.2 * spec.radius * scale;
  ctx.setLineDash((spec.dash ?? []).map((d) => d * ctx.lineWidth));
  ctx.strokeStyle = spec.outline;
  ctx.stroke();
  ctx.restore();
}

/**
 * One legend swatch in the box whose top-left corner is (x, y), drawn as the
 * map draws the class at the legend's zoom: fills over the map's paper, lines
 * with their width and dash, circles and icons at their size.
 */
export function drawSwatch(ctx: CanvasRenderingContext2D, spec: SymbolSpec, x: number, y: number) {
  const { width, height } = SWATCH;
  const cx = x + width / 2;
  const cy = y + height / 2;
  ctx.save();
  if (spec.type === 'fill') {
    ctx.fillStyle = PAPER;
    ctx.fillRect(x + 1, y + 2, width - 2, height - 4);
    ctx.globalAlpha = spec.opacity;
    ctx.fillStyle = spec.colour;
    ctx.fillRect(x + 1, y + 2, width - 2, height - 4);
    ctx.globalAlpha = 1;
    if (spec.edge) {
      const w = valueAt(spec.edge.width, LEGEND_ZOOM);
      ctx.strokeStyle = spec.edge.colour;
      ctx.lineWidth = w;
      ctx.setLineDash((spec.edge.dash ?? []).map((d) => d * w));
      ctx.strokeRect(x + 1 + w / 2, y + 2 + w / 2, width - 2 - w, height - 4 - w);
    }
  } else if (spec.type === 'circle') {
    ctx.beginPath();
    ctx.arc(cx, cy, valueAt(spec.radius, LEGEND_ZOOM), 0, 2 * Math.PI);
    ctx.fillStyle = spec.colour;
    ctx.fill();
    ctx.lineWidth = spec.strokeWidth;
    ctx.strokeStyle = spec.stroke;
    ctx.stroke();
  } else if (spec.type === 'line') {
    const w = valueAt(spec.width, LEGEND_ZOOM);
    const stroke = (colour: string, lineWidth: number, dash: readonly number[]) => {
      ctx.strokeStyle = colour;
      ctx.lineWidth = lineWidth;
      ctx.setLineDash(dash.map((d) => d * w));
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + width, cy);
      ctx.stroke();
    };
    ctx.lineCap = 'butt';
    if (spec.casing) stroke(spec.casing, w + 2, []);
    ctx.globalAlpha = spec.opacity;
    if (spec.hollow) {
      // Two edges with the line's width between them, as MapLibre's line-gap-width draws it.
      for (const side of [-1, 1]) {
        ctx.strokeStyle = spec.colour;
        ctx.lineWidth = HOLLOW_EDGE;
        ctx.beginPath();
        ctx.moveTo(x, cy + (side * (w + HOLLOW_EDGE)) / 2);
        ctx.lineTo(x + width, cy + (side * (w + HOLLOW_EDGE)) / 2);
        ctx.stroke();
      }
    } else stroke(spec.colour, w, spec.dash ?? []);
  } else {
    drawIconShape(ctx, spec, cx, cy, 1);
  }
  ctx.restore();
}
