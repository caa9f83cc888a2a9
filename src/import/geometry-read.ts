import { LIMITS } from './limits';

export type Position2 = [number, number];
export type ReadGeometry = { ok: true; geometry: GeoJSON.Geometry } | { ok: false; zh: string; en: string };

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

class GeometryProblem extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (typeof value === 'number') return String(value);
  return Array.isArray(value) ? 'a list' : typeof value;
}

/** How many more levels of lists lie below, looking down first elements only (iterative: no stack risk). */
function extraLevels(value: unknown[]): number {
  let levels = 0;
  let current: unknown = value;
  while (Array.isArray(current) && levels <= LIMITS.extraNesting) {
    current = current[0];
    levels++;
  }
  return levels;
}

function readPosition(value: unknown): Position2 {
  if (!Array.isArray(value))
    throw new GeometryProblem(`坐标 ${describe(value)} 不是坐标对`, `coordinate ${describe(value)} is not a position`);
  const [x, y] = value;
  if (Array.isArray(x)) {
    const extra = extraLevels(value);
    if (extra > LIMITS.extraNesting) {
      throw new GeometryProblem(
        `坐标嵌套层数超过上限（比应有的多 ${LIMITS.extraNesting} 层以上）`,
        `coordinates are nested more than the limit of ${LIMITS.extraNesting} levels deeper than the geometry type allows`,
      );
    }
    throw new GeometryProblem(`坐标多嵌套了 ${extra} 层`, `coordinates are nested ${extra} level(s) too deep`);
  }
  for (const [v, zh, en] of [
    [x, '第一个坐标', 'first coordinate'],
    [y, '第二个坐标', 'second coordinate'],
  ] as const) {
    if (typeof v !== 'number')
      throw new GeometryProblem(`${zh} ${describe(v)} 不是数字`, `${en} ${describe(v)} is not a number`);
    if (!Number.isFinite(v)) throw new GeometryProblem(`${zh}不是有限数`, `${en} is not a finite number`);
  }
  return [x as number, y as number];
}

function readLevel(value: unknown, depth: number): unknown {
  if (depth === 0) return readPosition(value);
  if (!Array.isArray(value)) {
    throw new GeometryProblem(
      `坐标结构有误：${describe(value)} 处应为列表`,
      `malformed coordinates: expected a list, found ${describe(value)}`,
    );
  }
  return value.map((v) => readLevel(v, depth - 1));
}

function readAny(value: unknown, nesting: number): GeoJSON.Geometry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GeometryProblem(`几何 ${describe(value)} 不是对象`, `geometry ${describe(value)} is not an object`);
  }
  const { type, coordinates, geometries } = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (type === 'GeometryCollection') {
    if (nesting >= LIMITS.extraNesting) {
      throw new GeometryProblem(
        '几何集合嵌套层数超过上限',
        `geometry collections are nested beyond the limit of ${LIMITS.extraNesting}`,
      );
    }
    if (!Array.isArray(geometries) || geometries.length === 0) {
      throw new GeometryProblem('几何集合为空', 'the geometry collection is empty');
    }
    return { type, geometries: geometries.map((g) => readAny(g, nesting + 1)) };
  }
  const depth = typeof type === 'string' ? DEPTH[type] : undefined;
  if (depth === undefined) {
    throw new GeometryProblem(`未知的几何类型 ${describe(type)}`, `unknown geometry type ${describe(type)}`);
  }
  if (depth > 0 && (!Array.isArray(coordinates) || coordinates.length === 0)) {
    throw new GeometryProblem('几何没有坐标', 'the geometry has no coordinates');
  }
  return { type, coordinates: readLevel(coordinates, depth) } as GeoJSON.Geometry;
}

/** Check an untrusted geometry's shape and numbers; keeps x/y only (z and m are dropped). */
export function readGeometry(value: unknown): ReadGeometry {
  if (value === null || value === undefined) return { ok: false, zh: '没有几何', en: 'it has no geometry' };
  try {
    return { ok: true, geometry: readAny(value, 0) };
  } catch (error) {
    if (error instanceof GeometryProblem) return { ok: false, zh: error.zh, en: error.en };
    throw error;
  }
}

/** The first position of a geometry (for CRS detection); undefined when it has none. */
export function firstPosition(geometry: GeoJSON.Geometry): Position2 | undefined {
  if (geometry.type === 'GeometryCollection') {
    const first = geometry.geometries[0];
    return first ? firstPosition(first) : undefined;
  }
  let current: unknown = geometry.coordinates;
  while (Array.isArray(current) && Array.isArray(current[0])) current = current[0];
  return Array.isArray(current) ? (current as Position2) : undefined;
}
