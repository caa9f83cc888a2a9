import { createStore } from 'zustand/vanilla';
import { type ApplyViewSlice, createApplyViewSlice } from './apply-view-slice';
import { type BasemapSlice, createBasemapSlice } from './basemap-slice';
import { type BriefSlice, createBriefSlice } from './brief-slice';
import { type CompareSlice, createCompareSlice } from './compare-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createLayoutSlice, type LayoutSlice } from './layout-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';
import { createOfflineSlice, type OfflineSlice } from './offline-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createUserLayersSlice, type UserLayersSlice } from './user-layers-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ViewSlice &
  SelectionSlice &
  UiSlice &
  DataSlice &
  LayersSlice &
  PlanSlice &
  FilterSlice &
  MeetingSlice &
  UserLayersSlice &
  BasemapSlice &
  OfflineSlice &
  LayoutSlice &
  BriefSlice &
  CompareSlice &
  ApplyViewSlice;

/** One store from small slices; React reads it with useAppStore, the map bridge with subscribe. */
export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState>()((...a) => ({
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createDataSlice(...a),
    ...createLayersSlice(...a),
    ...createPlanSlice(...a),
    ...createFilterSlice(...a),
    ...createMeetingSlice(...a),
    ...createUserLayersSlice(...a),
    ...createBasemapSlice(...a),
    ...createOfflineSlice(...a),
    ...createLayoutSlice(...a),
    ...createBriefSlice(...a),
    ...createCompareSlice(...a),
    ...createApplyViewSlice(...a),
    ...initial,
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
