/** What a key of a presentation clicker (or the keyboard) asks for. */
export type PresentationCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'scene'; index: number }
  | { type: 'blank' }
  | { type: 'start'; fromCurrent: boolean }
  | { type: 'leave' };

/** How long a first digit waits for a second one (typing 1 then 2 goes to scene 12). */
export const DIGIT_WINDOW_MS = 900;

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The command for a key press while presenting, or null. Clickers send
 * PageDown/PageUp (or → ←), F5 / Shift+F5 and Esc for start and stop, and B or
 * "." to blank. `previousDigit` is the digit typed just before, within
 * DIGIT_WINDOW_MS, so that agendas of more than nine scenes can be reached.
 */
export function presentationCommand(
  e: KeyLike,
  sceneCount: number,
  previousDigit: number | null,
): PresentationCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'F5':
      return { type: 'start', fromCurrent: e.shiftKey };
    case 'Escape':
      return { type: 'leave' };
  }
  if (/^[0-9]$/.test(e.key)) {
    const digit = Number(e.key);
    const twoDigits = previousDigit !== null ? previousDigit * 10 + digit : null;
    if (twoDigits !== null && twoDigits >= 1 && twoDigits <= sceneCount) return { type: 'scene', index: twoDigits - 1 };
    if (digit >= 1 && digit <= sceneCount) return { type: 'scene', index: digit - 1 };
  }
  return null;
}

/** The scene a step command leads to from `at`, within an agenda of `count` scenes; null when it is not a step. */
export function sceneAfter(command: PresentationCommand, at: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (command.type) {
    case 'next':
      return Math.min(at + 1, last);
    case 'previous':
      return Math.max(at - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'scene':
      return Math.min(command.index, last);
    default:
      return null;
  }
}
