import { useEffect } from 'react';
import type { AppStore } from '../store/app-store';
import type { Screen } from './screen';

/**
 * Where the panels go on this screen, and how they follow what the user does.
 * Medium screens show one drawer at a time by default, so the map keeps more
 * than 60% of the width: a selection opens the details and folds the legend
 * (not the reader, the agenda, the indicators or the audit, which the user is reading). On a phone a tap
 * pulls the sheet up to half the screen; a link's selection shows in its strip.
 */
export function useLayoutRules(store: AppStore, screen: Screen) {
  useEffect(() => {
    const s = store.getState();
    const aside = s.readerOpen || s.agendaOpen || s.auditOpen || s.indicatorsOpen;
    if (screen === 'wide') s.setDrawers({ legendOpen: true, detailsOpen: true });
    else if (screen === 'medium')
      s.setDrawers({ legendOpen: !s.selectedId || aside, detailsOpen: Boolean(s.selectedId) });
    else s.setSheet('peek', s.selectedId ? 'details' : 'legend');
  }, [store, screen]);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedId && state.selectedId !== previous.selectedId && !state.presenting) {
          if (screen === 'medium') {
            state.setDrawers(
              state.readerOpen || state.agendaOpen || state.auditOpen || state.indicatorsOpen
                ? { detailsOpen: true }
                : { detailsOpen: true, legendOpen: false },
            );
          } else if (screen === 'narrow') state.setSheet(state.sheet === 'full' ? 'full' : 'half', 'details');
        }
        const opened =
          (state.readerOpen && !previous.readerOpen) ||
          (state.agendaOpen && !previous.agendaOpen) ||
          (state.auditOpen && !previous.auditOpen) ||
          (state.indicatorsOpen && !previous.indicatorsOpen);
        if (opened && screen !== 'narrow') state.setDrawers({ legendOpen: true });
      }),
    [store, screen],
  );
}
