import type { StateCreator } from 'zustand';
import type { Bilingual } from '../i18n/bilingual';
import type { PlanIndex } from '../plan/plan-index';
import type { AppState } from './app-store';

export interface PlanSlice {
  /** The plan text and its links, indexed; null until loaded (on first need). */
  planIndex: PlanIndex | null;
  planError: Bilingual | null;
  /** The plan reader: open or not, and the paragraph it shows (its features are highlighted). */
  readerOpen: boolean;
  readerParagraph: string | null;
  /** The text–map audit (图文一致性检查), which takes the reader's place. */
  auditOpen: boolean;
  /** The indicator panel (专栏1, 专栏2), which takes the reader's place beside the map. */
  indicatorsOpen: boolean;
  setPlanIndex: (index: PlanIndex) => void;
  setPlanError: (message: Bilingual) => void;
  openReader: (open: boolean) => void;
  showParagraph: (id: string | null) => void;
  openAudit: (open: boolean) => void;
  openIndicators: (open: boolean) => void;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  planIndex: null,
  planError: null,
  readerOpen: false,
  readerParagraph: null,
  auditOpen: false,
  indicatorsOpen: false,
  setPlanIndex: (planIndex) => set({ planIndex, planError: null }),
  setPlanError: (planError) => set({ planError }),
  // The reader, the audit and the indicators share one place: opening one closes the others.
  openReader: (readerOpen) =>
    set(readerOpen ? { readerOpen, auditOpen: false, indicatorsOpen: false } : { readerOpen }),
  showParagraph: (readerParagraph) =>
    set(
      readerParagraph
        ? { readerParagraph, readerOpen: true, auditOpen: false, indicatorsOpen: false }
        : { readerParagraph: null },
    ),
  openAudit: (auditOpen) => set(auditOpen ? { auditOpen, readerOpen: false, indicatorsOpen: false } : { auditOpen }),
  openIndicators: (indicatorsOpen) =>
    set(indicatorsOpen ? { indicatorsOpen, readerOpen: false, auditOpen: false } : { indicatorsOpen }),
});
