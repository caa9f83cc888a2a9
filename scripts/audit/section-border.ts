import type { AuditRow, AuditSection } from '../../src/data/audit-types';
import type { CountyPartProps } from '../../src/data/types';
import { planRefs } from '../links/refs';
import type { AuditInputs } from './inputs';

/**
 * The border split of 仲巴县 and 萨嘎县, township by township: its side, and the village
 * record that decides it (the page and its words), or why the geometric rule stands.
 */
export function borderSection(inputs: AuditInputs): AuditSection {
  // The paragraphs that name the two counties' 边境沿线区域, where the plan makes the split.
  const refs = planRefs(inputs.plan)
    .filter((r) => r.text.includes('边境沿线区域'))
    .map((r) => r.id);
  const parts = inputs.zones.map((f) => f.properties).filter((p): p is CountyPartProps => p.kind === 'county-part');
  const rows: AuditRow[] = inputs.borderVillages.map((t) => {
    const part = parts.find((p) => p.townships.includes(t.code));
    const side = t.border ? '边境沿线' : '非边境沿线';
    const evidence =
      t.basis === 'village-record'
        ? `${(t.villages ?? []).map((v) => v.name).join('、')} recorded as 边境村: ${(t.citations ?? [])
            .map((c) => `${c.heading}, ${c.url} («${c.words}»)`)
            .join('; ')}`
        : `the geometric rule (its seat's Voronoi cell ${t.border ? 'reaches' : 'does not reach'} the national border). ${t.reason ?? ''}`;
    return {
      status: t.basis,
      name: `${t.county}${t.name}`,
      note: `${side}, on ${evidence}`.trim(),
      refs,
      features: part ? [part.id, part.county] : [],
    };
  });
  return { id: 'border', rows };
}
