import { loadPlan } from '../data/load-plan';
import { errorReason } from '../i18n/bilingual';
import { urlProblemsNotice } from '../i18n/url-problems';
import type { AppStore } from '../store/app-store';

let loading: Promise<void> | null = null;

/** Loads the plan text and links once, into the store; later calls wait for the same load. */
export function ensurePlan(store: AppStore): Promise<void> {
  if (store.getState().planIndex) return Promise.resolve();
  // The index's code comes with the text it indexes, not in the first script.
  loading ??= Promise.all([loadPlan(), import('./plan-index')])
    .then(([{ plan, links }, { buildPlanIndex }]) => {
      const index = buildPlanIndex(plan, links);
      const s = store.getState();
      s.setPlanIndex(index);
      // A paragraph from an old or edited link that the plan does not have: closed to the contents.
      if (s.readerParagraph && !index.passages.has(s.readerParagraph)) {
        s.showParagraph(null);
        s.showNotice(urlProblemsNotice(['read']));
      }
    })
    .catch((error: unknown) => {
      loading = null; // a later need may try again
      store.getState().setPlanError(errorReason(error));
    });
  return loading;
}
