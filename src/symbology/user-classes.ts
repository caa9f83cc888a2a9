import type { ImportedFeature } from '../import/types';

/** How a user layer is coloured by one of its properties. */
export interface ColourBy {
  property: string;
  mode: 'categories' | 'graduated';
}

/** One class of a user layer's colouring: its colour and what it stands for. */
export interface UserColourClass {
  colour: string;
  label: string;
  /** Categories: the value; graduated: the lower bound. */
  value: string | number;
}

// Qualitative (categories) and sequential (graduated) ramps, readable on the map's paper.
const CATEGORY_COLOURS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b2182b',
  '#4d4d4d',
];
const GRADUATED_COLOURS = ['#fee8c8', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'];
export const OTHER_CATEGORY_COLOUR = '#9e9e9e';

/**
 * The classes of a colouring: the most frequent values (up to ten, the rest
 * grey) for categories; five quantile classes of the numeric values for a
 * graduated scale. Empty when the property has no usable values.
 */
export function colourClasses(features: readonly ImportedFeature[], by: ColourBy): UserColourClass[] {
  const values = features
    .map((f) => f.properties[by.property])
    .filter((v) => v !== null && v !== undefined && v !== '');
  if (by.mode === 'categories') {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, CATEGORY_COLOURS.length)
      .map(([value], i) => ({ value, label: value, colour: CATEGORY_COLOURS[i]! }));
  }
  const numbers = values
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (numbers.length === 0) return [];
  const breaks = [
    ...new Set(GRADUATED_COLOURS.map((_, i) => numbers[Math.floor((i * numbers.length) / GRADUATED_COLOURS.length)]!)),
  ];
  return breaks.map((lower, i) => {
    const upper = breaks[i + 1];
    return {
      value: lower,
      label: upper === undefined ? `≥ ${lower}` : `${lower} – ${upper}`,
      colour: GRADUATED_COLOURS[Math.round((i * (GRADUATED_COLOURS.length - 1)) / Math.max(1, breaks.length - 1))]!,
    };
  });
}

const classCache = new WeakMap<object, { key: string; classes: UserColourClass[] }>();
/** The classes of a layer's colouring, computed once per layer version. */
export function layerColourClasses(layer: { features: readonly ImportedFeature[]; colourBy?: ColourBy | null }) {
  if (!layer.colourBy) return [];
  const key = `${layer.colourBy.mode}:${layer.colourBy.property}`;
  const cached = classCache.get(layer.features);
  if (cached?.key === key) return cached.classes;
  const classes = colourClasses(layer.features, layer.colourBy);
  classCache.set(layer.features, { key, classes });
  return classes;
}
