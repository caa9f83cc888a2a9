import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon>;

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Distance in km from p to the segment a–b, on a local equirectangular approximation. */
function segmentDistanceKm(p: Position, a: Position, b: Position): number {
  const kx = 111.32 * Math.cos(p[1]! * (Math.PI / 180));
  const ky = 110.57;
  const [ax, ay] = [(a[0]! - p[0]!) * kx, (a[1]! - p[1]!) * ky];
  const [bx, by] = [(b[0]! - p[0]!) * kx, (b[1]! - p[1]!) * ky];
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * The national border as the county outlines draw it: the runs of outline
 * that lie farther than `gapKm` from every other Chinese area (another county
 * of the city, or a neighbouring prefecture). The counties share their borders
 * exactly; the prefectures come from other files, hence the tolerance. Derived
 * from the outlines, so it can never disagree with them.
 */
export function nationalBorderOf(counties: Area[], neighbours: Area[], gapKm: number): Position[][] {
  const lines: Position[][] = [];
  for (const county of counties) {
    const others = [...counties.filter((c) => c !== county), ...neighbours];
    const segments = others.flatMap((o) =>
      rings(o.geometry).flatMap((r) => r.slice(1).map((b, i) => [r[i]!, b] as const)),
    );
    const near = (v: Position) =>
      segments.some(
        ([a, b]) =>
          v[0]! > Math.min(a[0]!, b[0]!) - 0.1 &&
          v[0]! < Math.max(a[0]!, b[0]!) + 0.1 &&
          v[1]! > Math.min(a[1]!, b[1]!) - 0.1 &&
          v[1]! < Math.max(a[1]!, b[1]!) + 0.1 &&
          segmentDistanceKm(v, a, b) <= gapKm,
      );
    for (const ring of rings(county.geometry)) {
      let run: Position[] = [];
      // Start the walk at a vertex that is not on the border, so a run never wraps around the ring's start.
      const start = Math.max(
        0,
        ring.findIndex((v) => near(v)),
      );
      const walk = [...ring.slice(start, -1), ...ring.slice(0, start + 1)];
      // Each run reaches from the last shared vertex before it to the first after it: no gap at the ends.
      let previous = walk[0]!;
      for (const v of walk) {
        if (!near(v)) {
          if (run.length === 0) run.push(previous);
          run.push(v);
        } else if (run.length > 0) {
          run.push(v);
          lines.push(run);
          run = [];
        }
        previous = v;
      }
      if (run.length > 1) lines.push(run);
    }
  }
  return lines;
}
