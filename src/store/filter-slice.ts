import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type FilterDimension, type Filters, toggle } from '../filter/filter-model';
import type { AppState } from './app-store';

export interface FilterSlice {
  filters: Filters;
  toggleFilter: (dimension: FilterDimension, value: string) => void;
  setFilters: (filters: Filters) => void;
  resetFilters: () => void;
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleFilter: (dimension, value) => set((s) => ({ filters: toggle(s.filters, dimension, value) })),
  setFilters: (filters) => set({ filters }),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});
