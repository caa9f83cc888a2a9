import type { AuditInputs } from './inputs';

/** What the audit needs of any map feature. */
export interface AuditFeature {
  id: string;
  kind: string;
  name: string;
  /** Has a geometry (is drawn); unplaced works do not. */
  drawn: boolean;
  precision: string | null;
  /** The data's reason for an approximate, schematic or missing position. */
  note: string | null;
}

/** Every feature of the committed files, by id, in file order. */
export function featureIndex(inputs: AuditInputs): Map<string, AuditFeature> {
  const index = new Map<string, AuditFeature>();
  const add = (f: AuditFeature) => index.set(f.id, f);
  for (const { properties: p } of inputs.counties)
    add({ id: p.id, kind: p.kind, name: p.name, drawn: true, precision: p.precision, note: null });
  for (const { properties: p } of inputs.zones)
    add({ id: p.id, kind: p.kind, name: p.name, drawn: true, precision: p.precision, note: p.source });
  for (const { properties: p } of inputs.towns)
    add({ id: p.id, kind: p.kind, name: p.name, drawn: true, precision: p.precision, note: p.note ?? null });
  for (const { properties: p } of [...inputs.ports, ...inputs.parks])
    add({ id: p.id, kind: p.kind, name: p.name, drawn: true, precision: p.precision, note: p.note ?? null });
  for (const { properties: p } of inputs.routes)
    add({ id: p.id, kind: p.kind, name: p.name, drawn: true, precision: p.precision, note: p.source });
  for (const { properties: p, geometry } of inputs.works)
    add({
      id: p.id,
      kind: p.kind,
      name: p.name,
      drawn: geometry !== null,
      precision: p.precision,
      note: p.unplaced_reason ?? p.note ?? null,
    });
  return index;
}

/**
 * A ref as a passage the reader can open: a project (col05.g1.i1.p2) → the 专栏
 * item it was split from; a town-system entry (col04.t4.e15) → its tier's line.
 */
export function passageOf(ref: string, inputs: AuditInputs): string {
  const project = inputs.links.projects.find((p) => p.id === ref);
  if (project) return project.item;
  for (const column of inputs.plan.columns)
    if (column.kind === 'town-system')
      for (const tier of column.tiers) if (tier.entries.some((e) => e.id === ref)) return tier.id;
  return ref;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
