import linksUrl from '../../geodata/links.json?url';
import planUrl from '../../geodata/plan.json?url';
import { BilingualError, message } from '../i18n/bilingual';
import type { Links } from './links-types';
import type { Plan } from './plan-types';

/** Loads the plan text and its links (only when first needed: they are the heaviest data). */
export async function loadPlan(): Promise<{ plan: Plan; links: Links }> {
  const read = async (url: string, file: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new BilingualError(message('dataFileHttp', { file, status: response.status }));
    return response.json() as Promise<unknown>;
  };
  const [plan, links] = await Promise.all([read(planUrl, 'plan.json'), read(linksUrl, 'links.json')]);
  const p = plan as Partial<Plan>;
  if (!Array.isArray(p.paragraphs) || !Array.isArray(p.chapters))
    throw new BilingualError(message('planNotPlan', { file: 'plan.json' }));
  const l = links as Partial<Links>;
  if (!l.byFeature || !l.spans || !Array.isArray(l.projects))
    throw new BilingualError(message('planNotPlan', { file: 'links.json' }));
  return { plan: plan as Plan, links: links as Links };
}
