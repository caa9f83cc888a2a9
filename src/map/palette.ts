import type { ZoneId } from '../data/types';

/**
 * Zone colours: distinct in hue and lightness so they survive a washed-out
 * projector and common colour-vision deficiencies (red/green differ in lightness).
 */
export const ZONE_COLOURS: Record<ZoneId, string> = {
  core: '#c8412f',
  'eco-belt': '#6fae5d',
  'border-belt': '#3f6fb0',
  corridor: '#e8902a',
};

export const INK = '#1d2733';
export const PAPER = '#f3f0e8';
export const NEIGHBOUR_FILL = '#dedbd3';
export const COUNTY_LINE = '#ffffff';

/** Local fonts only: the style has no glyphs URL, so MapLibre draws text with these (first found wins). */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];
