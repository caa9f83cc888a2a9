import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface Camera {
  center: [number, number];
  zoom: number;
}

/** Who moved the camera last: the map (user gestures) or the app (URL, buttons). */
export type CameraOrigin = 'map' | 'app';

export interface ViewSlice {
  /** null: the whole city, fitted to whatever screen shows it (the default view). */
  camera: Camera | null;
  cameraOrigin: CameraOrigin;
  setCamera: (camera: Camera | null, origin: CameraOrigin) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  camera: null,
  cameraOrigin: 'app',
  setCamera: (camera, origin) => set({ camera, cameraOrigin: origin }),
});
