import '../i18n/strings-later';
import { basemapAttribution } from '../basemap/attribution';
import { BilingualError, message } from '../i18n/bilingual';
import type { Lang } from '../i18n/strings';
import { STRINGS } from '../i18n/strings';
import { drawStillMaps, type StillView } from '../map/still-map';
import type { AppState } from '../store/app-store';
import { FONT_FAMILY, INK } from '../symbology/palette';
import type { Size } from './paper';
import { metresPerPixel, scaleBar } from './scale-bar';

let maxCanvas: number | undefined;
/** The largest canvas side WebGL can draw into on this device (texture, renderbuffer and viewport limits). */
export function maxCanvasSide(): number {
  if (maxCanvas !== undefined) return maxCanvas;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 4096;
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  maxCanvas = Math.min(
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    viewport[0] ?? 4096,
    viewport[1] ?? 4096,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return maxCanvas;
}

/** The CSS size of the map element, in whole pixels. */
export function mapSize(container: HTMLElement): Size {
  const box = container.getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

export interface MapImage {
  /** The map at `ratio` device pixels per CSS pixel, with its scale bar and north arrow. */
  canvas: HTMLCanvasElement;
  css: Size;
  ratio: number;
  metresPerPixel: number;
}

/**
 * Draws the current view again in a hidden map of `css` size at `ratio`, rather
 * than reading the screen's canvas: same style, data, filters, selection and
 * camera (the whole city fitted when the view is the default one).
 */
export async function renderMapImage(state: AppState, css: Size, ratio: number): Promise<MapImage> {
  const [image] = await renderMapImages([{ state }], css, ratio);
  if (!image) throw new BilingualError(message('exportNoCanvas'));
  return image;
}

/**
 * Draws several views, one after the other, in one hidden map of `css` size at `ratio`,
 * each with its scale bar, north arrow and attribution; `progress` hears of each one drawn.
 */
export async function renderMapImages(
  views: readonly StillView[],
  css: Size,
  ratio: number,
  progress: (done: number) => void = () => undefined,
): Promise<MapImage[]> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: `${-css.width - 100}px`,
    top: '0',
    width: `${css.width}px`,
    height: `${css.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  try {
    return await drawStillMaps(views, container, ratio, maxCanvasSide(), (still, { state }, index) => {
      const out = document.createElement('canvas');
      out.width = Math.round(css.width * ratio);
      out.height = Math.round(css.height * ratio);
      const ctx = out.getContext('2d');
      if (!ctx) throw new BilingualError(message('exportNoCanvas'));
      // Scaled, in case MapLibre had to lower the ratio to fit the device.
      ctx.drawImage(still.canvas, 0, 0, out.width, out.height);
      const mpp = metresPerPixel(still.lat, still.zoom);
      ctx.scale(ratio, ratio);
      drawScaleBar(ctx, mpp, css);
      drawNorthArrow(ctx, css, state.lang);
      drawAttribution(ctx, basemapAttribution(state, state.lang), css);
      progress(index + 1);
      return { canvas: out, css, ratio, metresPerPixel: mpp };
    });
  } finally {
    container.remove();
  }
}

const PANEL_FILL = 'rgba(255, 255, 255, 0.85)';

/** A round-distance bar in the bottom-left corner, in CSS pixels. */
function drawScaleBar(ctx: CanvasRenderingContext2D, mpp: number, css: Size) {
  const bar = scaleBar(mpp, Math.min(160, css.width / 4));
  const x = 16;
  const y = css.height - 16;
  ctx.fillStyle = PANEL_FILL;
  ctx.fillRect(x - 8, y - 30, bar.pixels + 16, 36);
  // Two halves, black and white, as on a printed map.
  ctx.fillStyle = INK;
  ctx.fillRect(x, y - 6, bar.pixels / 2, 5);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x + bar.pixels / 2, y - 6, bar.pixels / 2, 5);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(x, y - 6, bar.pixels, 5);
  ctx.fillStyle = INK;
  ctx.font = `12px ${FONT_FAMILY}`;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillText('0', x - 3, y - 11);
  ctx.textAlign = 'right';
  ctx.fillText(bar.label, x + bar.pixels + 4, y - 11);
  ctx.textAlign = 'left';
}

/** Who the basemap's tiles come from, in the bottom-right corner, as on the screen. */
function drawAttribution(ctx: CanvasRenderingContext2D, text: string, css: Size) {
  if (!text) return;
  ctx.font = `11px ${FONT_FAMILY}`;
  const width = Math.min(ctx.measureText(text).width, css.width - 220);
  ctx.fillStyle = PANEL_FILL;
  ctx.fillRect(css.width - width - 12, css.height - 20, width + 12, 20);
  ctx.fillStyle = INK;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, css.width - 6, css.height - 6, width);
  ctx.textAlign = 'left';
}

/** North is up (the map never rotates): an arrow and 北 / N in the top-right corner. */
function drawNorthArrow(ctx: CanvasRenderingContext2D, css: Size, lang: Lang) {
  const cx = css.width - 32;
  const top = 14;
  ctx.fillStyle = PANEL_FILL;
  ctx.beginPath();
  ctx.roundRect(cx - 16, top, 32, 54, 4);
  ctx.fill();
  ctx.fillStyle = INK;
  ctx.font = `bold 14px ${FONT_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(STRINGS[lang].exportNorth, cx, top + 3);
  // A split arrowhead: the left half filled, the right half hollow.
  const tip = top + 21;
  const base = top + 48;
  ctx.beginPath();
  ctx.moveTo(cx, tip);
  ctx.lineTo(cx - 8, base);
  ctx.lineTo(cx, base - 7);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx, tip);
  ctx.lineTo(cx + 8, base);
  ctx.lineTo(cx, base - 7);
  ctx.closePath();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.2;
  ctx.stroke();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
