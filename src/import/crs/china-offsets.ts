import gcoord from 'gcoord';
import type { Position2 } from '../geometry-read';
import type { CoordinateOrigin } from '../types';

/** A GCJ-02 / BD-09 → WGS-84 converter, or null for data that is already WGS-84. */
export function originToWgs84(origin: CoordinateOrigin | undefined): ((p: Position2) => Position2) | null {
  if (!origin || origin === 'wgs84') return null;
  const from = origin === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  return (p) => {
    const [lon, lat] = gcoord.transform<[number, number]>([p[0], p[1]], from, gcoord.WGS84);
    return [lon, lat];
  };
}
