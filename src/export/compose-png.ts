import '../i18n/strings-later';
import { basemapText } from '../i18n/basemap-text';
import { BilingualError, message } from '../i18n/bilingual';
import { STRINGS } from '../i18n/strings';
import type { AppState, AppStore } from '../store/app-store';
import { legendSections } from '../symbology/legend';
import { ACCENT, FONT_FAMILY, INK } from '../symbology/palette';
import { COMPOSITION, compositionLayout } from './composition-layout';
import { drawLegend, fitText } from './draw-legend';
import { exportFileName, isoDate } from './file-name';
import type { Size } from './paper';
import { mapSize, renderMapImage } from './render-map';

const MUTED = '#5b6572';
const RULE = '#d9d5cc';

export interface ComposedPng {
  blob: Blob;
  /** Pixel size of the image. */
  width: number;
  height: number;
}

/** A handout page's title band: the scene instead of the map's own title, and the page number. */
export interface PageHeading {
  title: string;
  /** The caption with its citation. */
  caption: string;
  page: string;
}

/** The title band of a handout page, taller than the map's own. */
export const HANDOUT_TITLE_HEIGHT = 100;

/**
 * A view as one canvas at `ratio` device pixels per CSS pixel: title, map of
 * `css` size (with scale bar and north arrow), legend, sources, the 示意 notice
 * and the date, laid out by compositionLayout.
 */
export async function composeCanvas(
  state: AppState,
  css: Size,
  ratio: number,
  now: Date,
  heading?: PageHeading,
): Promise<HTMLCanvasElement> {
  const t = STRINGS[state.lang];
  const sections = legendSections({
    lang: state.lang,
    hidden: state.hiddenLayers,
    filters: state.filters,
    userLayers: state.userLayers,
  });
  const layout = compositionLayout(css.width, css.height, sections.length, heading ? HANDOUT_TITLE_HEIGHT : undefined);
  const map = await renderMapImage(state, css, ratio);

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new BilingualError(message('exportNoCanvas'));
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);

  // Title band.
  const { title } = layout;
  ctx.textBaseline = 'alphabetic';
  if (heading) {
    ctx.font = `13px ${FONT_FAMILY}`;
    const pageWidth = ctx.measureText(heading.page).width;
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'right';
    ctx.fillText(heading.page, title.x + title.width, 24);
    ctx.textAlign = 'left';
    fitText(ctx, t.title, title.x, 24, title.width - pageWidth - 24, 13);
    ctx.fillStyle = INK;
    fitText(ctx, heading.title, title.x, 58, title.width, 26, 'bold');
    ctx.fillStyle = MUTED;
    fitText(ctx, heading.caption, title.x, 86, title.width, 15);
  } else {
    ctx.fillStyle = INK;
    fitText(ctx, t.title, title.x, 32, title.width, 22, 'bold');
    ctx.fillStyle = MUTED;
    fitText(ctx, t.subtitle, title.x, 53, title.width, 13);
  }

  // The map, framed.
  ctx.drawImage(map.canvas, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  ctx.strokeStyle = RULE;
  ctx.lineWidth = 1;
  ctx.strokeRect(layout.map.x + 0.5, layout.map.y + 0.5, layout.map.width - 1, layout.map.height - 1);

  drawLegend(
    ctx,
    sections,
    layout.legend,
    layout.columns,
    layout.columnWidth,
    COMPOSITION.legendRowHeight,
    t.schematic,
  );

  // Footer: sources and date on one line, the 示意 notice under them.
  const { footer } = layout;
  ctx.strokeStyle = RULE;
  ctx.beginPath();
  ctx.moveTo(footer.x, footer.y + 0.5);
  ctx.lineTo(footer.x + footer.width, footer.y + 0.5);
  ctx.stroke();
  const date = `${t.exportDate} ${isoDate(now)}`;
  ctx.font = `11px ${FONT_FAMILY}`;
  const dateWidth = ctx.measureText(date).width;
  ctx.fillStyle = MUTED;
  ctx.textAlign = 'right';
  ctx.fillText(date, footer.x + footer.width, footer.y + 18);
  ctx.textAlign = 'left';
  fitText(
    ctx,
    `${t.source}${state.lang === 'zh' ? '：' : ': '}${t.sourcesShort}`,
    footer.x,
    footer.y + 18,
    footer.width - dateWidth - 16,
    11,
  );
  ctx.fillStyle = ACCENT;
  fitText(ctx, t.exportNotice, footer.x, footer.y + 36, footer.width, 11);
  return canvas;
}

/** A canvas encoded as `type` (image/png, or image/jpeg at `quality`). */
export function encodeCanvas(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    try {
      canvas.toBlob((b) => (b ? resolve(b) : reject(new BilingualError(message('exportNotEncoded')))), type, quality);
    } catch (error) {
      // A tainted canvas (tiles read without CORS) cannot be encoded: name the cause, not the browser's words.
      const tainted = error instanceof DOMException && error.name === 'SecurityError';
      reject(tainted ? new BilingualError(basemapText('exportBasemapUnreadable')) : error);
    }
  });
}

/** The current view as one PNG at `ratio` device pixels per CSS pixel, at the visible map's size. */
export async function composePng(store: AppStore, container: HTMLElement, ratio: number, now = new Date()) {
  const canvas = await composeCanvas(store.getState(), mapSize(container), ratio, now);
  const blob = await encodeCanvas(canvas, 'image/png');
  return { blob, width: canvas.width, height: canvas.height } satisfies ComposedPng;
}

/** Saves a blob under a name through a temporary object URL and `<a download>`. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Late enough for the browser to have started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Composes the current view at `ratio` and downloads it as 日喀则十四五空间布局-YYYYMMDD.png. */
export async function exportPng(store: AppStore, container: HTMLElement, ratio: number): Promise<ComposedPng> {
  const now = new Date();
  const png = await composePng(store, container, ratio, now);
  download(png.blob, exportFileName(now));
  return png;
}
