/**
 * The three layouts: three columns, folding drawers, or the map with a bottom
 * sheet (phones). Below wide, the header's actions are behind 菜单. The CSS
 * (src/app/app.css) uses the same breakpoints.
 */
export type Screen = 'wide' | 'medium' | 'narrow';

/** From this width up, both panels fit beside a map of more than 60% of the width. */
export const WIDE_MIN_PX = 1600;
/** Below this width (a phone, held upright or across), the panels live in a bottom sheet. */
export const MEDIUM_MIN_PX = 768;

export function screenOf(width: number): Screen {
  if (width >= WIDE_MIN_PX) return 'wide';
  return width >= MEDIUM_MIN_PX ? 'medium' : 'narrow';
}

/** The media queries of each layout, for code that must follow the CSS breakpoints exactly. */
export const SCREEN_QUERY: Record<Screen, string> = {
  wide: `(min-width: ${WIDE_MIN_PX}px)`,
  medium: `(min-width: ${MEDIUM_MIN_PX}px) and (max-width: ${WIDE_MIN_PX - 0.02}px)`,
  narrow: `(max-width: ${MEDIUM_MIN_PX - 0.02}px)`,
};
