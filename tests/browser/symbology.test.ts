import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineString, point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { ROUTE_CLASSES } from '../../src/symbology/classes';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

type Position = [number, number];
const routes = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'geodata', 'routes.geojson'), 'utf8')) as {
  features: { properties: { id: string; route_type: string }; geometry: { coordinates: Position[] } }[];
};

/** Points along the segment of a route that lies farthest from every other route, where its colour shows alone. */
function ownStretch(id: string): Position[] {
  const others = routes.features.filter((f) => f.properties.id !== id).map((f) => lineString(f.geometry.coordinates));
  const own = routes.features.find((f) => f.properties.id === id)!.geometry.coordinates;
  let best: { a: Position; b: Position; clearance: number } | null = null;
  for (let i = 1; i < own.length; i++) {
    const a = own[i - 1]!;
    const b = own[i]!;
    const mid = point([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
    const clearance = Math.min(...others.map((o) => pointToLineDistance(mid, o)));
    if (!best || clearance > best.clearance) best = { a, b, clearance };
  }
  const { a, b } = best!;
  // The middle third, away from the towns at either end.
  return Array.from({ length: 25 }, (_, k) => {
    const t = 1 / 3 + (k / 24) * (1 / 3);
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] as Position;
  });
}

const tourism = ROUTE_CLASSES.filter((c) => c.routeType === 'tourism');

describe('the legend shows the symbols the map draws', () => {
  it('each "3+1" tourism route is drawn in the colour of its own legend swatch', async () => {
    const { page, app } = await openApp('#map=6.60/29.0000/87.6000');
    await page.screenshot({ path: artifactPath('routes-legend.png') });
    const samples = Object.fromEntries(tourism.map((c) => [c.value, ownStretch(c.value)]));
    const result = await page.evaluate(
      async ({ samples, ids }) => {
        const { map } = window.__APP__!;
        /** The RGB of an image's pixels, read through a 2D canvas. */
        const pixels = (source: CanvasImageSource, width: number, height: number) => {
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(source, 0, 0);
          return (x: number, y: number) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data].slice(0, 3);
        };
        // The WebGL buffer is only readable during the frame that drew it.
        const drawn = new Promise<void>((resolve) => map.once('render', () => resolve()));
        map.triggerRepaint();
        await drawn;
        const gl = map.getCanvas();
        const ratio = gl.width / gl.clientWidth;
        const mapPixel = pixels(gl, gl.width, gl.height);
        const out: Record<string, { swatch: number[]; drawn: number[][] }> = {};
        for (const id of ids) {
          const drawnSwatch = document.querySelector<HTMLCanvasElement>(`li[data-class="route:${id}"] canvas`)!;
          const swatchPixel = pixels(drawnSwatch, drawnSwatch.width, drawnSwatch.height);
          // The swatch's line runs across its middle; a dash starts at its left edge.
          const swatch = swatchPixel(2, drawnSwatch.height / 2);
          const drawnPixels = samples[id]!.map(([lng, lat]) => {
            const p = map.project([lng, lat]);
            return mapPixel(p.x * ratio, p.y * ratio);
          });
          out[id] = { swatch, drawn: drawnPixels };
        }
        return out;
      },
      { samples, ids: tourism.map((c) => c.value) },
    );
    const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    for (const c of tourism) {
      const { swatch, drawn } = result[c.value]!;
      const nearest = Math.min(...drawn.map((p) => distance(p, swatch)));
      console.info(c.value, 'swatch', swatch, 'nearest drawn pixel at', nearest.toFixed(1));
      // Some pixel of the route's own stretch is the swatch's colour (dashes leave gaps between).
      expect(nearest).toBeLessThan(24);
      // …and the swatch is not another route's colour.
      for (const other of tourism.filter((o) => o !== c)) {
        expect(distance(result[other.value]!.swatch, swatch)).toBeGreaterThan(60);
      }
    }
    await app.waitForReady();
    await page.context().close();
  });
});

describe('a filter click costs the map one frame', () => {
  it('ticking 节点乡镇 re-lays out no tile, draws at most two frames, and leaves only the node towns named', async () => {
    const { page, app } = await openApp();
    const named = async () => ({
      node: await app.renderedValues('town-label-node', 'id'),
      others: [
        ...(await app.renderedValues('town-label-central-city', 'id')),
        ...(await app.renderedValues('town-label-key-node', 'id')),
        ...(await app.renderedValues('town-label-key-township', 'id')),
        ...(await app.renderedValues('port-label', 'id')),
        ...(await app.renderedValues('park-label', 'id')),
      ],
    });
    const before = await named();
    expect(before.others.length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const { map } = window.__APP__!;
      const probe = { frames: 0, tiles: 0 };
      map.on('render', () => probe.frames++);
      map.on('sourcedata', (e) => {
        if (e.tile) probe.tiles++;
      });
      (window as unknown as { __probe: typeof probe }).__probe = probe;
    });
    await page.getByRole('checkbox', { name: '节点乡镇', exact: true }).click();
    await app.waitForReady();
    const cost = await page.evaluate(
      () => (window as unknown as { __probe: { frames: number; tiles: number } }).__probe,
    );
    console.info('frames', cost.frames, 'tiles re-laid', cost.tiles);
    expect(cost.tiles).toBe(0);
    expect(cost.frames).toBeLessThanOrEqual(2);
    const after = await named();
    expect(after.others).toEqual([]);
    // The node towns keep their names, and those the others' names crowded out come back.
    expect(after.node.length).toBeGreaterThanOrEqual(before.node.length);
    expect(after.node).toEqual(expect.arrayContaining(before.node));
    await page.screenshot({ path: artifactPath('filter-node-towns.png') });
    await page.context().close();
  });
});
