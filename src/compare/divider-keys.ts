/** Where the divider goes on a key (percent of the width), or null for a key it leaves alone (PageDown steps the scenes). */
export function dividerPosition(key: string, shift: boolean, at: number): number | null {
  const step = shift ? 10 : 1;
  const clamp = (p: number) => Math.min(100, Math.max(0, Math.round(p * 10) / 10));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(at - step);
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(at + step);
    case 'Home':
      return 0;
    case 'End':
      return 100;
    default:
      return null;
  }
}

/** The divider's position under a pointer at `x` over a box from `left`, `width` wide. */
export function pointerPosition(x: number, left: number, width: number): number {
  return Math.min(100, Math.max(0, Math.round(((x - left) / Math.max(1, width)) * 1000) / 10));
}
