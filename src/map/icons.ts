/**
 * Map symbols for ports and parks, drawn on a canvas when the style first asks
 * for them (no sprite sheet to fetch). Names: `port/<type>/<status>`,
 * `park/<category>/<main|child>`.
 */
const SIZE = 40; // drawn at 2× for sharp edges
const PORT_COLOUR = '#123e6b';

export const PARK_COLOURS: Record<string, string> = {
  经济开发区: '#6a3d9a',
  开发开放试验区: '#1f78b4',
  农业园区: '#33a02c',
  文化旅游园区: '#b15928',
  数字产业园: '#e31a1c',
};

type Shape = 'square' | 'triangle' | 'diamond' | 'circle' | 'hexagon';

const PORT_SHAPES: Record<string, Shape> = {
  口岸: 'square',
  边贸通道: 'triangle',
  边贸市场: 'diamond',
  物流设施: 'circle',
};

function path(ctx: CanvasRenderingContext2D, shape: Shape, c: number, r: number) {
  ctx.beginPath();
  const polygon = (n: number, start: number) => {
    for (let k = 0; k < n; k++) {
      const a = start + (k * 2 * Math.PI) / n;
      ctx[k === 0 ? 'moveTo' : 'lineTo'](c + r * Math.cos(a), c + r * Math.sin(a));
    }
    ctx.closePath();
  };
  if (shape === 'square') ctx.rect(c - r * 0.8, c - r * 0.8, r * 1.6, r * 1.6);
  else if (shape === 'triangle') polygon(3, -Math.PI / 2);
  else if (shape === 'diamond') polygon(4, -Math.PI / 2);
  else if (shape === 'hexagon') polygon(6, 0);
  else ctx.arc(c, c, r * 0.85, 0, 2 * Math.PI);
}

/** Solid for "expand", half-filled for "set up", hollow for "study": the plan's status at a glance. */
function drawPort(ctx: CanvasRenderingContext2D, type: string, status: string) {
  const shape = PORT_SHAPES[type] ?? 'square';
  const c = SIZE / 2;
  path(ctx, shape, c, 15);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  if (status !== 'study') {
    ctx.save();
    path(ctx, shape, c, 15);
    ctx.clip();
    ctx.fillStyle = PORT_COLOUR;
    ctx.fillRect(0, 0, status === 'set-up' ? c : SIZE, SIZE);
    ctx.restore();
  }
  path(ctx, shape, c, 15);
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = PORT_COLOUR;
  ctx.stroke();
}

function drawPark(ctx: CanvasRenderingContext2D, category: string, role: string) {
  const c = SIZE / 2;
  const r = role === 'main' ? 16 : 11;
  path(ctx, 'hexagon', c, r);
  ctx.fillStyle = PARK_COLOURS[category] ?? '#555555';
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

/** The pixels of a named symbol, or null for a name this module does not draw. */
export function drawIcon(name: string): ImageData | null {
  const [family, a, b] = name.split('/');
  if (!a || !b || (family !== 'port' && family !== 'park')) return null;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  if (family === 'port') drawPort(ctx, a, b);
  else drawPark(ctx, a, b);
  return ctx.getImageData(0, 0, SIZE, SIZE);
}
