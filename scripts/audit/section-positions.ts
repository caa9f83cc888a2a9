import type { AuditRow, AuditSection } from '../../src/data/audit-types';
import { featureIndex, passageOf, unique } from './features';
import type { AuditInputs } from './inputs';

const primaryRefs = (inputs: AuditInputs, id: string) =>
  unique((inputs.links.byFeature[id] ?? []).filter((r) => r.primary).map((r) => passageOf(r.ref, inputs)));

/** Features placed approximately or drawn as a schematic shape (示意), and the data's reason. */
export function approximateSection(inputs: AuditInputs): AuditSection {
  const approximateTowns = new Map(inputs.approximateTowns.map((t) => [`${t.county}/${t.name}`, t.note]));
  const townKey = new Map(
    inputs.towns.map((t) => [t.properties.id, `${t.properties.county_name}/${t.properties.name}`]),
  );
  const rows: AuditRow[] = [];
  for (const feature of featureIndex(inputs).values()) {
    if (feature.precision !== 'approximate' && feature.precision !== 'schematic') continue;
    const townNote = approximateTowns.get(townKey.get(feature.id) ?? '');
    rows.push({
      status: feature.precision,
      name: feature.name,
      note: townNote ?? feature.note ?? '',
      refs: primaryRefs(inputs, feature.id),
      features: [feature.id],
    });
  }
  return { id: 'approximate', rows };
}

/** Features no passage defines (links.json lists no primary ref for them). */
export function primarySection(inputs: AuditInputs): AuditSection {
  const features = featureIndex(inputs);
  const rows: AuditRow[] = [];
  for (const [id, refs] of Object.entries(inputs.links.byFeature)) {
    if (refs.some((r) => r.primary)) continue;
    const feature = features.get(id);
    rows.push({
      status: 'no-primary',
      name: feature?.name ?? id,
      note:
        feature?.kind === 'county'
          ? 'A county is defined by the map (its boundary), not by a passage; the link is its first mention.'
          : 'No passage defines it.',
      refs: unique(refs.map((r) => passageOf(r.ref, inputs))).slice(0, 1),
      features: [id],
    });
  }
  return { id: 'primary', rows };
}

/** Names the mention finder saw but could not attribute (an ambiguous name with no county in reach). */
export function unresolvedSection(inputs: AuditInputs): AuditSection {
  return {
    id: 'unresolved',
    rows: inputs.links.unresolved.map((u) => ({
      status: 'not-placed',
      name: u.surface,
      note: `Candidates: ${u.candidates.join(', ')}`,
      refs: [passageOf(u.ref, inputs)],
      features: u.candidates,
    })),
  };
}
