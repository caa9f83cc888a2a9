/** Source ids of the style; each is filled once from the embedded geodata. */
export const SOURCE = {
  context: 'context',
  counties: 'counties',
  labels: 'labels',
  zones: 'zones',
  towns: 'towns',
  ports: 'ports',
  parks: 'parks',
  routes: 'routes',
  /** Towns, ports and parks again, for their labels alone: a filter change re-lays out only these. */
  places: 'places',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];
