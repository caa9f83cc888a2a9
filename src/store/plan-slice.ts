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
  setPlanIndex: (index: PlanIndex) => void;
  setPlanError: (message: Bilingual) => void;
  openReader: (open: boolean) => void;
  showParagraph: (id: string | null) => void;
  openAudit: (open: boolean) => void;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  planIndex: null,
  planError: null,
  readerOpen: false,
  readerParagraph: null,
  auditOpen: false,
  setPlanIndex: (planIndex) => set({ planIndex, planError: null }),
  setPlanError: (planError) => set({ planError }),
  // The reader and the audit share one place: opening either closes the other.
  openReader: (readerOpen) => set({ readerOpen, auditOpen: false }),
  showParagraph: (readerParagraph) =>
    set(readerParagraph ? { readerParagraph, readerOpen: true, auditOpen: false } : { readerParagraph: null }),
  openAudit: (auditOpen) => set({ auditOpen, readerOpen: false }),
});
