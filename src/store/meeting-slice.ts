import type { StateCreator } from 'zustand';
import { DEFAULT_AGENDA, type Scene } from '../meeting/scenes';
import type { AppState } from './app-store';

export interface MeetingSlice {
  agenda: Scene[];
  /** The scene shown (index into the agenda), or null outside a presentation's scenes. */
  sceneIndex: number | null;
  presenting: boolean;
  /** The "B" key: a black screen, for when the room should look at the speaker. */
  blanked: boolean;
  agendaOpen: boolean;
  setAgenda: (agenda: Scene[]) => void;
  setScene: (index: number | null) => void;
  setPresenting: (on: boolean) => void;
  setBlanked: (on: boolean) => void;
  openAgenda: (open: boolean) => void;
}

export const createMeetingSlice: StateCreator<AppState, [], [], MeetingSlice> = (set) => ({
  agenda: DEFAULT_AGENDA,
  sceneIndex: null,
  presenting: false,
  blanked: false,
  agendaOpen: false,
  setAgenda: (agenda) =>
    set((s) => ({ agenda, sceneIndex: s.sceneIndex !== null && s.sceneIndex < agenda.length ? s.sceneIndex : null })),
  setScene: (sceneIndex) => set({ sceneIndex }),
  setPresenting: (presenting) => set({ presenting, blanked: false }),
  setBlanked: (blanked) => set({ blanked }),
  openAgenda: (agendaOpen) => set({ agendaOpen }),
});
