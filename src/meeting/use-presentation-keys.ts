import { useEffect } from 'react';
import type { AppStore } from '../store/app-store';
import { DIGIT_WINDOW_MS, type PresentationCommand, presentationCommand } from './presentation-keys';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Listens to the keys a presentation clicker sends and hands each command to
 * `run`. `accepts` decides which commands apply now (F5 alone starts a
 * presentation; everything applies while presenting). Keys typed into a field are left alone.
 */
export function usePresentationKeys(
  store: AppStore,
  accepts: (command: PresentationCommand) => boolean,
  run: (command: PresentationCommand) => void,
) {
  useEffect(() => {
    let lastDigit: { digit: number; at: number } | null = null;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && (TYPING.has(e.target.tagName) || e.target.isContentEditable)) return;
      const recent = lastDigit && e.timeStamp - lastDigit.at < DIGIT_WINDOW_MS ? lastDigit.digit : null;
      const command = presentationCommand(e, store.getState().agenda.length, recent);
      lastDigit = /^[0-9]$/.test(e.key) && recent === null ? { digit: Number(e.key), at: e.timeStamp } : null;
      if (!command || !accepts(command)) return;
      // Space on a focused button would also click it; F5 would reload the page.
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, accepts, run]);
}
