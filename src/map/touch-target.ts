import type { PointLike } from 'maplibre-gl';

/** Half the side of a finger's target: a tap selects what is drawn within 16 px of it (32 px across). */
export const TOUCH_SLOP_PX = 16;

/** Whether a click came from a finger (Chromium, Safari and Firefox give clicks a pointerType). */
export function isTouch(event: Event): boolean {
  return 'pointerType' in event && (event as PointerEvent).pointerType === 'touch';
}

/** The box a tap at `p` queries: the point padded to a finger's size. */
export function tapBox(p: { x: number; y: number }): [PointLike, PointLike] {
  return [
    [p.x - TOUCH_SLOP_PX, p.y - TOUCH_SLOP_PX],
    [p.x + TOUCH_SLOP_PX, p.y + TOUCH_SLOP_PX],
  ];
}

/** Which of the points under a finger a tap means first: the place itself, then what is at it. */
const TAP_ORDER: readonly string[] = ['towns', 'ports', 'parks', 'works'];
export function tapPriority(source: string): number {
  const i = TAP_ORDER.indexOf(source);
  return i < 0 ? TAP_ORDER.length : i;
}
