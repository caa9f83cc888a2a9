import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';

export const STYLE_SPEC = latest as unknown as Record<
  string,
  Record<string, { 'property-type': string; default?: unknown }>
>;

/** A paint value of a layer type, parsed by the style spec as MapLibre parses it. */
export function parsePaint(type: string, name: string, value: unknown) {
  // A plain array of numbers is a constant, not an expression.
  const input = Array.isArray(value) && value.every((v) => typeof v === 'number') ? ['literal', value] : value;
  const parsed = createPropertyExpression(input, name, STYLE_SPEC[`paint_${type}`]![name] as never);
  if (parsed.result !== 'success') throw new Error(`${name}: ${JSON.stringify(parsed.value)}`);
  return parsed.value;
}

/** How MapLibre binds a paint value in a shader: 'u' uniform, 'a' per feature, 'z' per feature and zoom. */
export function bindingOf(type: string, name: string, value: unknown): 'u' | 'a' | 'z' {
  if (value === undefined) return 'u';
  const kind = parsePaint(type, name, value).kind;
  return kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u';
}
