import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/** How far the phone's bottom sheet is pulled up: a strip, half the screen, or all of it. */
export type SheetPosition = 'peek' | 'half' | 'full';
/** What the sheet shows: the legend with the filter, or the list and a feature's details. */
export type SheetTab = 'legend' | 'details';

/**
 * Where the panels are on this screen. Not in the link: the phone that opens
 * a link shared from a projector lays it out for itself.
 */
export interface LayoutSlice {
  /** The left drawer (legend and filter, or the reader or agenda) is open. */
  legendOpen: boolean;
  /** The right drawer (the list, or a feature's details) is open. */
  detailsOpen: boolean;
  sheet: SheetPosition;
  sheetTab: SheetTab;
  /** The QR code of the current link is shown. */
  qrOpen: boolean;
  setDrawers: (drawers: { legendOpen?: boolean; detailsOpen?: boolean }) => void;
  setSheet: (sheet: SheetPosition, tab?: SheetTab) => void;
  openQr: (open: boolean) => void;
}

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  legendOpen: true,
  detailsOpen: true,
  sheet: 'peek',
  sheetTab: 'legend',
  qrOpen: false,
  setDrawers: (drawers) => set(drawers),
  setSheet: (sheet, tab) => set(tab ? { sheet, sheetTab: tab } : { sheet }),
  openQr: (qrOpen) => set({ qrOpen }),
});
