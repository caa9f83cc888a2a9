import Papa from 'papaparse';
import type { ImportedProperties } from './types';
import type { UserLayer } from './user-layer';

/** The user's own properties, without the spatial join's `__county` / `__zones`. */
function ownProperties(p: ImportedProperties): ImportedProperties {
  return Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('__')));
}

/** The layer as RFC 7946 GeoJSON (WGS-84, longitude first), its own properties as imported. */
export function userLayerGeoJson(layer: UserLayer): string {
  const fc = {
    type: 'FeatureCollection',
    name: layer.name,
    features: layer.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: ownProperties(f.properties),
    })),
  };
  return JSON.stringify(fc);
}

/**
 * The layer as CSV (UTF-8 with BOM, so Excel reads the Chinese): points as 经度/纬度
 * columns; lines and polygons as their GeoJSON geometry in one column.
 */
export function userLayerCsv(layer: UserLayer): string {
  const keys = layer.propertyKeys;
  const rows = layer.features.map((f) => {
    const own = ownProperties(f.properties);
    const point = f.geometry.type === 'Point' ? f.geometry.coordinates : null;
    return [
      point ? String(point[0]) : '',
      point ? String(point[1]) : '',
      point ? '' : JSON.stringify(f.geometry),
      ...keys.map((k) => (own[k] === null || own[k] === undefined ? '' : String(own[k]))),
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: ['经度', '纬度', 'geometry', ...keys], data: rows })}`;
}
