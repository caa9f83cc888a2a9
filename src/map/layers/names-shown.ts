/**
 * Names the filter hides as a whole (a tier, or a kind the "what" dimensions
 * leave out) are faded and moved out of the label placement. Both are paint
 * properties: the click needs no new layout in the worker (a visibility or
 * filter change re-lays out the whole source and costs MapLibre two more
 * frames), and the names that stay take the freed space in the same frame,
 * because placement reads `text-translate` while opacity alone would leave the
 * hidden names blocking them.
 */
const OUT_OF_PLACEMENT: [number, number] = [0, 100_000];

export const namesShown = (shown: boolean) => ({
  'text-opacity': shown ? 1 : 0,
  'text-translate': shown ? ([0, 0] as [number, number]) : OUT_OF_PLACEMENT,
});
