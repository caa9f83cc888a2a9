/** Source ids of the style; each is filled once from the embedded geodata. */
export const SOURCE = {
  context: 'context',
  counties: 'counties',
  countyLabels: 'county-labels',
  zones: 'zones',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];
