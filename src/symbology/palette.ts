/**
 * The few colours that are not a class of feature: paper, ink, the halo, the
 * accent of schematic marks. Every class's own colour is in classes.ts.
 */
export const INK = '#1d2733';
export const PAPER = '#f3f0e8';
export const NEIGHBOUR_FILL = '#dedbd3';
export const HALO_COLOUR = '#ffe066';
/** Schematic marks (示意) and the corridor's axes. */
export const ACCENT = '#b35f0c';

/** Local fonts only: the style has no glyphs URL, so MapLibre draws text with these (first found wins). */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

/** The label fonts as a CSS font-family list, for canvas text. */
export const FONT_FAMILY = LABEL_FONTS.map((f) => (f === 'sans-serif' ? f : `"${f}"`)).join(', ');

/** Colours for the user's own layers, in turn: apart from the zones', tiers' and routes' colours. */
export const USER_LAYER_COLOURS = ['#d81b60', '#00838f', '#6a1b9a', '#ef6c00', '#283593', '#558b2f', '#4e342e'];
