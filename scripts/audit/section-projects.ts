import type { AuditRow, AuditSection } from '../../src/data/audit-types';
import type { ProjectRecord } from '../../src/data/links-types';
import { featureIndex } from './features';
import type { AuditInputs } from './inputs';

/** Why a project names no feature, where the works file has not said: what its text names instead, or that it names none. */
function placelessReason(project: ProjectRecord): string {
  if (/\d+个?县[(（]区[)）]|边境\d+县|\d+个/u.test(project.text))
    return 'Names places by number (县(区), 个), not by name.';
  if (project.text.includes('日喀则'))
    return 'Names only the city as a whole (日喀则市), which is no feature; no site is given.';
  return 'Names no feature of the map: the mention finder finds no feature’s name in it.';
}

/** Every key project (专栏3, 5–13): on a drawn feature, only on unplaced ones, or on none, and why. */
export function projectsSection(inputs: AuditInputs): AuditSection {
  const features = featureIndex(inputs);
  const reviewed = new Map(inputs.projectsWithoutPlace.map((p) => [p.project, p.reason]));
  const rows: AuditRow[] = inputs.links.projects.map((project) => {
    const on = project.places.map((id) => features.get(id)).filter((f) => f !== undefined);
    const drawn = on.filter((f) => f.drawn);
    const base = { name: project.text, refs: [project.item], features: project.places };
    if (drawn.length > 0)
      return { ...base, status: 'on-feature', note: `${project.id}: ${drawn.map((f) => f.name).join('、')}` };
    if (on.length > 0)
      return {
        ...base,
        status: 'on-unplaced',
        note: `${project.id}: ${on.map((f) => `${f.name}: ${f.note ?? ''}`).join(' ')}`,
      };
    return {
      ...base,
      status: 'no-place',
      note: `${project.id}: ${reviewed.get(project.id) ?? placelessReason(project)}`,
    };
  });
  return { id: 'projects', rows };
}
