import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Keeps two maps on one camera, both ways: a move of either jumps the other
 * there. The map being followed is remembered while the other jumps, so the
 * jump's own move events do not send the camera back (no feedback loop).
 */
export function syncCameras(a: MapLibreMap, b: MapLibreMap): () => void {
  let leader: MapLibreMap | null = null;
  const follow = (from: MapLibreMap, to: MapLibreMap) => () => {
    if (leader) return;
    leader = from;
    try {
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom() });
    } finally {
      leader = null;
    }
  };
  const aMoved = follow(a, b);
  const bMoved = follow(b, a);
  a.on('move', aMoved);
  b.on('move', bMoved);
  return () => {
    a.off('move', aMoved);
    b.off('move', bMoved);
  };
}
