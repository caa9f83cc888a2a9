/** Print formats and the print layout's geometry, in millimetres. */
export type Paper = 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';

export interface PrintFormat {
  paper: Paper;
  orientation: Orientation;
}

export interface Size {
  width: number;
  height: number;
}

/** ISO 216, portrait. */
const PAPER_MM: Record<Paper, Size> = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } };

export const PAGE_MARGIN_MM = 10;

export interface PaperLayout {
  page: Size;
  /** The printable box; 1 mm short of the margins so rounding never spills onto a second page. */
  content: Size;
  headerHeight: number;
  footerHeight: number;
  gap: number;
  /** The legend beside the map (landscape) or under it (portrait). */
  legend: { placement: 'side' | 'bottom'; width: number; height: number };
  /** The map frame. */
  frame: Size;
  /** Base font size in points: A3 is A4 scaled by √2, like the paper. */
  fontPt: number;
}

const mm = (n: number) => Math.round(n * 10) / 10;

/** The layout of a print page: header, map frame, legend, footer. */
export function paperLayout({ paper, orientation }: PrintFormat): PaperLayout {
  const portrait = PAPER_MM[paper];
  const page = orientation === 'portrait' ? portrait : { width: portrait.height, height: portrait.width };
  const s = paper === 'A3' ? Math.SQRT2 : 1;
  const content = { width: page.width - 2 * PAGE_MARGIN_MM, height: page.height - 2 * PAGE_MARGIN_MM - 1 };
  const headerHeight = mm(16 * s);
  const footerHeight = mm(11 * s);
  const gap = mm(3 * s);
  const mapHeight = content.height - headerHeight - footerHeight;
  // Landscape: the legend beside the map; portrait: under it.
  const legendWidth = mm(62 * s);
  const legendHeight = mm(56 * s);
  const side = orientation === 'landscape';
  const frame = side
    ? { width: mm(content.width - legendWidth - gap), height: mm(mapHeight - 2 * gap) }
    : { width: content.width, height: mm(mapHeight - legendHeight - 3 * gap) };
  return {
    page,
    content,
    headerHeight,
    footerHeight,
    gap,
    legend: side
      ? { placement: 'side', width: legendWidth, height: frame.height }
      : { placement: 'bottom', width: content.width, height: legendHeight },
    frame,
    fontPt: mm(7.5 * s),
  };
}

/** The smallest size with the given aspect ratio that contains `visible`: the screen's view, widened to fill the frame. */
export function coverSize(visible: Size, aspect: number): Size {
  if (visible.width / visible.height < aspect) {
    return { width: Math.round(visible.height * aspect), height: visible.height };
  }
  return { width: visible.width, height: Math.round(visible.width / aspect) };
}

/**
 * The pixel ratio that prints a map of `css` pixels across `frameWidthMm` at `dpi`;
 * 2 when that would exceed `maxCanvas` pixels a side, and less only if even 2 would.
 */
export function printPixelRatio(css: Size, frameWidthMm: number, maxCanvas: number, dpi = 300): number {
  const wanted = Math.max(1, ((frameWidthMm / 25.4) * dpi) / css.width);
  const fits = (r: number) => Math.ceil(css.width * r) <= maxCanvas && Math.ceil(css.height * r) <= maxCanvas;
  if (fits(wanted)) return wanted;
  if (fits(2)) return 2;
  return Math.floor((maxCanvas / Math.max(css.width, css.height)) * 100) / 100;
}
