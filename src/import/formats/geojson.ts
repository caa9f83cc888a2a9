import { KNOWN_CRS, normaliseCrsName } from '../crs/definitions';
import { refuse } from '../messages';
import { emptySource, type ParsedSource, type StatedCrs } from './source';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `crs` member of old GeoJSON (2008 spec), still written by GDAL and many Chinese tools. */
function statedCrs(root: JsonObject, fileName: string): StatedCrs | null {
  const crs = root.crs;
  if (!isObject(crs)) return null;
  const name = isObject(crs.properties) ? crs.properties.name : undefined;
  if (typeof name !== 'string') return null;
  const code = normaliseCrsName(name);
  const known = code ? KNOWN_CRS.get(code) : undefined;
  if (!known) {
    refuse(fileName, `声明的坐标系 ${name} 不受支持`, `the stated coordinate system ${name} is not supported`);
  }
  return { id: known.code, proj4: known.proj4 };
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(fileName, `不是有效的 JSON（可能不完整）：${detail}`, `is not valid JSON (truncated?): ${detail}`);
  }
}

/** Read GeoJSON text: FeatureCollection, single Feature or bare Geometry. */
export function readGeoJson(text: string, fileName: string): ParsedSource {
  const root = parseJson(text, fileName);
  if (!isObject(root)) refuse(fileName, '不是 GeoJSON 对象', 'is not a GeoJSON object');
  const source = emptySource('geojson', 'feature');
  source.statedCrs = statedCrs(root, fileName);
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features))
      refuse(fileName, 'FeatureCollection 的 features 不是列表', 'the FeatureCollection\'s "features" is not a list');
    root.features.forEach((item: unknown, i: number) => {
      if (isObject(item) && item.type === 'Feature') {
        source.features.push({ index: i + 1, geometry: item.geometry, properties: item.properties });
      } else {
        const found = isObject(item) ? JSON.stringify(item.type ?? null) : typeof item;
        const problem = { zh: `不是 Feature（${found}）`, en: `is not a Feature (${found})` };
        source.features.push({ index: i + 1, geometry: null, properties: null, problem });
      }
    });
  } else if (root.type === 'Feature') {
    source.features.push({ index: 1, geometry: root.geometry, properties: root.properties });
  } else if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) {
    source.features.push({ index: 1, geometry: root, properties: null });
  } else {
    refuse(
      fileName,
      `不是 GeoJSON：type 为 ${JSON.stringify(root.type ?? null)}`,
      `is not GeoJSON: its type is ${JSON.stringify(root.type ?? null)}`,
    );
  }
  return source;
}
