import type { ColourBy } from '../symbology/user-classes';
import type { GeometryKind, ImportedFeature, ImportFormat } from './types';

/** A layer of the user's own data, as the store, the map and IndexedDB keep it. */
export interface UserLayer {
  /** `u1`, `u2`…: the map's sources and layers are named `user-<id>…`. */
  id: string;
  name: string;
  fileName: string;
  format: ImportFormat;
  crs: string;
  importedAt: string;
  /** WGS-84, sanitised; each with `__county` and `__zones` from the spatial join. */
  features: ImportedFeature[];
  /** The same features as JSON, as the worker wrote them: what IndexedDB keeps and the map's tiles are cut from, with no copy of the objects. */
  stored?: Blob;
  propertyKeys: string[];
  geometryKinds: GeometryKind[];
  colour: string;
  /** Colour by a property's categories or a graduated scale instead of one colour (missing in older saves). */
  colourBy?: ColourBy | null;
  /** The property whose value labels each feature on the map, or null for none. */
  labelProperty: string | null;
  visible: boolean;
}

/** Selection ids of imported features: `user-<layer>-<index>` (index into the layer's features). */
export function userFeatureId(layerId: string, index: number): string {
  return `user-${layerId}-${index}`;
}

/** The layer and feature a selection id names, or null when it is not an imported feature's. */
export function parseUserFeatureId(id: string): { layerId: string; index: number } | null {
  const m = /^user-(u\d+)-(\d+)$/.exec(id);
  return m ? { layerId: m[1]!, index: Number(m[2]) } : null;
}

/** The property a label is read from by default: the first that looks like a name. */
export function defaultLabelProperty(keys: readonly string[]): string | null {
  const names = ['name', '名称', '项目名称', 'title', '标题', 'label', 'NAME', 'Name'];
  return keys.find((k) => names.includes(k)) ?? keys.find((k) => /名|name/i.test(k)) ?? null;
}
