import type { Links } from '../../src/data/links-types';

/**
 * links.json, compact but diff-friendly: one project, one ref and one span per
 * line, keys in a fixed order. The same links always give the same bytes.
 */
export function serializeLinks(links: Links): string {
  const line = (value: unknown) => JSON.stringify(value);
  const array = (items: readonly unknown[], indent: string) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `${indent}  ${line(item)}`).join(',\n')}\n${indent}]`;
  const record = (entries: [string, readonly unknown[]][]) =>
    entries.length === 0
      ? '{}'
      : `{\n${entries.map(([key, items]) => `    ${line(key)}: ${array(items, '    ')}`).join(',\n')}\n  }`;

  const projects = links.projects.map((p) => ({
    id: p.id,
    column: p.column,
    columnId: p.columnId,
    category: p.category,
    item: p.item,
    text: p.text,
    places: p.places,
  }));
  const byFeature = Object.entries(links.byFeature).map(([id, refs]): [string, unknown[]] => [
    id,
    refs.map((r) => ({ ref: r.ref, kind: r.kind, primary: r.primary })),
  ]);
  const spans = Object.entries(links.spans).map(([ref, list]): [string, unknown[]] => [
    ref,
    list.map((s) => ({ feature: s.feature, start: s.start, end: s.end })),
  ]);
  const unresolved = links.unresolved.map((u) => ({ ref: u.ref, surface: u.surface, candidates: u.candidates }));
  return [
    '{',
    `  "projects": ${array(projects, '  ')},`,
    `  "byFeature": ${record(byFeature)},`,
    `  "spans": ${record(spans)},`,
    `  "unresolved": ${array(unresolved, '  ')}`,
    '}',
    '',
  ].join('\n');
}
