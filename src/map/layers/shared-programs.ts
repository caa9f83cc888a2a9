import type { LayerSpecification } from 'maplibre-gl';

/**
 * MapLibre compiles a shader program for each way a layer binds its paint
 * properties: a constant or zoom-only value is a uniform, a per-feature one a
 * vertex attribute, a per-feature one that also follows the zoom a pair of them.
 * Two circle layers that differ only in that are two programs, and on a weak GPU
 * (a projector's laptop, SwiftShader) each is a compile before the first frame
 * (the overview's 20 programs became 11; README, Performance). So every layer
 * drawn by one program binds the same properties the same way: a constant is
 * written as a per-feature expression that always gives that constant.
 */

/** The paint properties MapLibre can bind per feature, by the program that draws them, with their defaults. */
export const PER_FEATURE_PAINT = {
  fill: { 'fill-color': '#000000', 'fill-opacity': 1, 'fill-outline-color': undefined },
  // Not the dash: MapLibre draws a per-feature dash unlike a constant one (the routes' dashes came out thinner).
  line: {
    'line-color': '#000000',
    'line-opacity': 1,
    'line-width': 1,
    'line-gap-width': 0,
    'line-offset': 0,
    'line-blur': 0,
  },
  circle: {
    'circle-radius': 5,
    'circle-color': '#000000',
    'circle-blur': 0,
    'circle-opacity': 1,
    'circle-stroke-width': 0,
    'circle-stroke-color': '#000000',
    'circle-stroke-opacity': 1,
  },
  icon: {
    'icon-opacity': 1,
    'icon-color': '#000000',
    'icon-halo-color': 'rgba(0, 0, 0, 0)',
    'icon-halo-width': 0,
    'icon-halo-blur': 0,
  },
  // Not the names' opacity: the filter hides names by it (names-shown.ts), and a change to a
  // per-feature value makes MapLibre lay the source out again, where a uniform only repaints.
  text: {
    'text-color': '#000000',
    'text-halo-color': 'rgba(0, 0, 0, 0)',
    'text-halo-width': 0,
    'text-halo-blur': 0,
  },
} as const satisfies Record<string, Record<string, unknown>>;

type Program = keyof typeof PER_FEATURE_PAINT;
/** How MapLibre binds a value: a uniform for a constant ('u') or a zoom curve ('zoom'); an attribute per feature ('a'), or per feature and zoom ('z'). */
type Binding = 'u' | 'zoom' | 'a' | 'z';
type Paint = Record<string, unknown>;

const FEATURE_OPERATORS = ['get', 'has', 'feature-state', 'properties', 'id', 'geometry-type'];

function bindingOf(value: unknown): Binding {
  let zoom = false;
  let feature = false;
  const walk = (v: unknown) => {
    if (!Array.isArray(v) || typeof v[0] !== 'string' || v[0] === 'literal') return;
    zoom ||= v[0] === 'zoom';
    feature ||= FEATURE_OPERATORS.includes(v[0]);
    v.slice(1).forEach(walk);
  };
  walk(value);
  return feature ? (zoom ? 'z' : 'a') : zoom ? 'zoom' : 'u';
}

/** The programs a layer draws with, by name: a dashed line has its own, a symbol layer one for icons and one for text. */
function programsOf(layer: LayerSpecification): [Program, string][] {
  const paint = (layer as { paint?: Paint }).paint ?? {};
  const layout = (layer as { layout?: Paint }).layout ?? {};
  if (layer.type === 'fill' || layer.type === 'circle') return [[layer.type, layer.type]];
  if (layer.type === 'line') {
    const dash = paint['line-dasharray'];
    return [['line', dash === undefined ? 'line' : `line-dash-${bindingOf(dash)}`]];
  }
  if (layer.type !== 'symbol') return [];
  return [
    ...(layout['icon-image'] ? [['icon', 'icon'] as [Program, string]] : []),
    ...(layout['text-field'] ? [['text', 'text'] as [Program, string]] : []),
  ];
}

const literal = (v: unknown) => (Array.isArray(v) ? ['literal', v] : v);
/** The same value, read per feature. */
const perFeature = (v: unknown) => ['case', ['has', 'id'], literal(v), literal(v)];

/** The value, bound as `to` ('a' or 'z'); unchanged where it cannot be without changing what it gives. */
function rebind(value: unknown, to: Binding): unknown {
  const from = bindingOf(value);
  if (from === to) return value;
  if (from === 'u')
    return to === 'a' ? perFeature(value) : ['step', ['zoom'], perFeature(value), 24, perFeature(value)];
  if (from === 'a') return ['step', ['zoom'], value, 24, value];
  // A zoom curve, ['interpolate', type, ['zoom'], z, v, …] or ['step', ['zoom'], v, z, v, …]: its outputs read per feature.
  const curve = value as unknown[];
  const first = curve[0] === 'interpolate' ? 4 : curve[0] === 'step' ? 2 : Number.NaN;
  return from === 'zoom' && to === 'z' && first
    ? curve.map((v, i) => (i >= first && (i - first) % 2 === 0 ? perFeature(v) : v))
    : value;
}

/** The layers, with the paint of every layer drawn by one program bound the same way. */
export function sharePrograms(layers: LayerSpecification[]): LayerSpecification[] {
  const paints: Paint[] = layers.map((l) => ({ ...(l as { paint?: Paint }).paint }));
  const groups = new Map<string, { program: Program; members: number[] }>();
  layers.forEach((layer, i) => {
    for (const [program, name] of programsOf(layer)) {
      if (!groups.has(name)) groups.set(name, { program, members: [] });
      groups.get(name)!.members.push(i);
    }
  });
  for (const { program, members } of groups.values()) {
    for (const [property, fallback] of Object.entries(PER_FEATURE_PAINT[program])) {
      // An unset outline is drawn in the fill's colour, bound as the fill's is, so it is left unset
      // (setting it would also change how MapLibre layers the outline over the fill).
      const followsFill = (i: number) => property === 'fill-outline-color' && paints[i]![property] === undefined;
      const valueIn = (i: number) => (followsFill(i) ? paints[i]!['fill-color'] : (paints[i]![property] ?? fallback));
      // The widest binding among them: a zoom curve and a per-feature value meet at per feature and zoom.
      const bindings = members.map((i) => bindingOf(valueIn(i)));
      const anyPerFeature = bindings.includes('a');
      const to =
        bindings.includes('z') || (anyPerFeature && bindings.includes('zoom')) ? 'z' : anyPerFeature ? 'a' : 'u';
      if (to === 'u') continue;
      for (const i of members) if (!followsFill(i)) paints[i]![property] = rebind(valueIn(i), to);
    }
  }
  return layers.map((l, i) => ({ ...l, paint: paints[i] }) as LayerSpecification);
}
