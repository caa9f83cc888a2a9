import {
  bbox,
  booleanIntersects,
  booleanPointInPolygon,
  difference,
  featureCollection,
  intersect,
  lineSplit,
  lineString,
  midpoint,
  point,
  polygonToLine,
  union,
  voronoi,
} from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { TownshipSeat } from './townships';

type Area = Feature<Polygon | MultiPolygon>;

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Squared distance in km² on a local equirectangular approximation (enough to compare with a few km). */
function distanceKm2(a: Position, b: Position): number {
  const kx = 111.32 * Math.cos(((a[1]! + b[1]!) / 2) * (Math.PI / 180));
  const dx = (a[0]! - b[0]!) * kx;
  const dy = (a[1]! - b[1]!) * 110.57;
  return dx * dx + dy * dy;
}

/**
 * The part of a county's outline on the national border: runs of vertices
 * farther than `gapKm` from every other Chinese area (the other counties of the city and
 * the neighbouring prefectures). The outlines come from different AMap files,
 * so a shared border is matched with a tolerance rather than exactly.
 */
export function nationalBorder(county: Area, others: Area[], gapKm: number): Feature<MultiLineString> {
  const otherVertices = others.flatMap((o) => rings(o.geometry).flat());
  const limit = gapKm * gapKm;
  const onBorder = (v: Position) => otherVertices.every((o) => distanceKm2(v, o) > limit);
  // Runs of consecutive border vertices along each ring become the border's lines.
  const lines: Position[][] = [];
  for (const ring of rings(county.geometry)) {
    let run: Position[] = [];
    for (const v of ring) {
      if (onBorder(v)) run.push(v);
      else {
        if (run.length > 1) lines.push(run);
        run = [];
      }
    }
    if (run.length > 1) lines.push(run);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}

export interface CountySplit {
  borderPart: Area;
  inlandPart: Area;
  splitLine: Feature<LineString | MultiLineString>;
  borderTownships: TownshipSeat[];
  inlandTownships: TownshipSeat[];
}

/**
 * Decides whether a township is 边境沿线, given whether its cell (or, without
 * a seat of its own, the point that places it) reaches the border side.
 */
export type BorderDecision = (seat: TownshipSeat, reachesBorder: boolean) => boolean;

/**
 * Splits a county into its 边境沿线区域 and 非边境沿线区域 by township: each
 * township's area is approximated by the Voronoi cell of its seat within the
 * county, and `decide` puts each township on a side (a village record, or
 * else whether its cell reaches the national border line). A township without
 * a seat has no cell; `locate` gives the point that places it, and it must
 * fall on the side decided for it. The result is schematic (示意): the plan
 * draws no such line.
 */
export function splitCountyByTownships(
  county: Area,
  seats: TownshipSeat[],
  border: Feature<MultiLineString>,
  decide: BorderDecision,
  locate: (seat: TownshipSeat) => Position,
): CountySplit {
  const placed = seats.filter((s) => s.position !== null);
  const points = featureCollection(placed.map((s) => point(s.position!, { code: s.code })));
  const [minX, minY, maxX, maxY] = bbox(county);
  const cells = voronoi(points, { bbox: [minX - 1, minY - 1, maxX + 1, maxY + 1] }).features;

  const borderCells: Feature<Polygon>[] = [];
  const borderTownships: TownshipSeat[] = [];
  const inlandTownships: TownshipSeat[] = [];
  placed.forEach((seat, i) => {
    const cell = cells[i];
    if (!cell) throw new Error(`split: no Voronoi cell for ${seat.name}`);
    const onBorder = decide(seat, booleanIntersects(cell, border));
    (onBorder ? borderTownships : inlandTownships).push(seat);
    if (onBorder) borderCells.push(cell);
  });
  if (borderCells.length === 0 || inlandTownships.length === 0) {
    throw new Error('split: every township fell on one side; check the border vertices');
  }

  const borderZone = borderCells.length === 1 ? borderCells[0]! : union(featureCollection(borderCells))!;
  const borderPart = intersect(featureCollection([county as Feature<Polygon | MultiPolygon>, borderZone]));
  const inlandPart = difference(featureCollection([county as Feature<Polygon | MultiPolygon>, borderZone]));
  if (!borderPart || !inlandPart) throw new Error('split: empty part');

  for (const seat of seats.filter((s) => s.position === null)) {
    const inBorderPart = booleanPointInPolygon(locate(seat), borderPart);
    if (decide(seat, inBorderPart) !== inBorderPart) {
      throw new Error(`split: ${seat.name} has no cell of its own and cannot be put on the other side`);
    }
    (inBorderPart ? borderTownships : inlandTownships).push(seat);
  }

  // The dividing line: the edge of the border cells, kept where it runs inside the county.
  const countyEdge = polygonToLine(county as Feature<Polygon>) as Feature<LineString>;
  const inside = rings(borderZone.geometry).flatMap((ring) =>
    lineSplit(lineString(ring), countyEdge).features.filter((piece) => {
      const c = piece.geometry.coordinates;
      return booleanPointInPolygon(midpoint(c[0]!, c[1]!), county);
    }),
  );
  const splitLine: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: inside.map((p) => p.geometry.coordinates) },
  };
  return { borderPart, inlandPart, splitLine, borderTownships, inlandTownships };
}
