import { classOf, PARK_CHILD, PARK_CLASSES, PORT_STATUS_CLASSES, PORT_TYPE_CLASSES } from '../symbology/classes';
import { drawIconShape } from '../symbology/draw-symbol';
import { PEAK } from '../symbology/physical-classes';
import type { SymbolSpec } from '../symbology/symbol-spec';
import { workPointSymbol } from '../symbology/work-classes';

/**
 * Map symbols for ports and parks, drawn on a canvas when the style first asks
 * for them (no sprite sheet to fetch), from the symbology model. Names:
 * `port/<type>/<status>`, `park/<category>/<main|child>`, `work/<kind>/<status|none>`, `peak/peak`.
 */
const SIZE = 40; // 20 CSS pixels, drawn at 2× for sharp edges
export const ICON_PIXEL_RATIO = 2;

type IconSpec = Extract<SymbolSpec, { type: 'icon' }>;

/** The symbol of a port: the shape of its type, the fill of its status. */
function portSpec(type: string, status: string): IconSpec | null {
  const shape = classOf(PORT_TYPE_CLASSES, type)?.symbol;
  const fill = classOf(PORT_STATUS_CLASSES, status)?.symbol;
  if (shape?.type !== 'icon' || fill?.type !== 'icon') return null;
  return { ...fill, shape: shape.shape };
}

/** The symbol of a park: its category's colour, smaller inside another park. */
function parkSpec(category: string, role: string): IconSpec | null {
  const main = classOf(PARK_CLASSES, category)?.symbol;
  if (main?.type !== 'icon') return null;
  return role === 'child' && PARK_CHILD.symbol.type === 'icon' ? { ...main, radius: PARK_CHILD.symbol.radius } : main;
}

/** The model's symbol behind an icon name the style asks for, or null for a name it does not know. */
export function iconSpec(name: string): IconSpec | null {
  const [family, a, b] = name.split('/');
  if (family === 'peak' && a === PEAK.value && PEAK.symbol.type === 'icon') return PEAK.symbol;
  if (!a || !b) return null;
  if (family === 'work') {
    const spec = workPointSymbol(a, b === 'none' ? undefined : b);
    return spec?.type === 'icon' ? spec : null;
  }
  return family === 'port' ? portSpec(a, b) : family === 'park' ? parkSpec(a, b) : null;
}

/** The pixels of a named symbol, or null for a name this module does not draw. */
export function drawIcon(name: string): ImageData | null {
  const spec = iconSpec(name);
  if (!spec) return null;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  drawIconShape(ctx, spec, SIZE / 2, SIZE / 2, ICON_PIXEL_RATIO);
  return ctx.getImageData(0, 0, SIZE, SIZE);
}
