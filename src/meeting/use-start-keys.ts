import { useCallback } from 'react';
import type { AppStore } from '../store/app-store';
import type { PresentationCommand } from './presentation-keys';
import { runPresentationCommand } from './presenting';
import { usePresentationKeys } from './use-presentation-keys';

/** Outside a presentation, F5 starts one from scene 1 and Shift+F5 from the current scene (as in slide software). */
export function useStartKeys(store: AppStore, presenting: boolean) {
  const accepts = useCallback((c: PresentationCommand) => !presenting && c.type === 'start', [presenting]);
  const run = useCallback((c: PresentationCommand) => runPresentationCommand(store, c), [store]);
  usePresentationKeys(store, accepts, run);
}
