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
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];
