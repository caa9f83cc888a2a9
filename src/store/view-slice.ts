import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface Camera {
  center: [number, number];
  zoom: number;
}

/** Who moved the camera last: the map (user gestures) or the app (URL, buttons). */
export type CameraOrigin = 'map' | 'app';

export interface ViewSlice {
  camera: Camera;
  cameraOrigin: CameraOrigin;
  setCamera: (camera: Camera, origin: CameraOrigin) => void;
}

/** The whole of 日喀则市 on a laptop screen. */
export const DEFAULT_CAMERA: Camera = { center: [87.3, 29.0], zoom: 6.3 };

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  camera: DEFAULT_CAMERA,
  cameraOrigin: 'app',
  setCamera: (camera, origin) => set({ camera, cameraOrigin: origin }),
});
