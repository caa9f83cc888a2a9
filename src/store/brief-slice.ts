import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/** A county's one-page brief (its id), or the briefs of all 18 counties as one document. */
export type BriefTarget = string | 'all';

/** The county brief (县域简报): which one is open. In the link, so a link opens it. */
export interface BriefSlice {
  brief: BriefTarget | null;
  showBrief: (brief: BriefTarget | null) => void;
}

export const createBriefSlice: StateCreator<AppState, [], [], BriefSlice> = (set) => ({
  brief: null,
  showBrief: (brief) => set({ brief }),
});
