import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The runs of a line whose vertices lie inside `area`. The lines are dense
 * (GSHHG full resolution, before simplifying), so cutting at vertices loses
 * at most a few hundred metres at the edge of the margin.
 */
export function clipLine(line: Position[], area: Feature<Polygon | MultiPolygon>): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (const v of line) {
    if (booleanPointInPolygon(point(v), area)) run.push(v);
    else {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}
