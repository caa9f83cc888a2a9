import { useSyncExternalStore } from 'react';
import { SCREEN_QUERY, type Screen } from './screen';

const queries = () => Object.values(SCREEN_QUERY).map((q) => window.matchMedia(q));

function subscribe(onChange: () => void) {
  const lists = queries();
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

/** The layout whose media query matches: the same breakpoints as the CSS, to the pixel. */
const current = (): Screen =>
  (Object.keys(SCREEN_QUERY) as Screen[]).find((s) => window.matchMedia(SCREEN_QUERY[s]).matches) ?? 'wide';

/** The layout for the window's width, following a resize or a phone turned on its side. */
export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, current);
}
