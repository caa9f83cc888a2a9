import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from './support/app-driver';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

interface FocusOnScreen {
  title: string;
  /** Every position of the focus features (points, line and outline vertices), in page pixels. */
  points: { id: string; x: number; y: number }[];
  caption: { left: number; top: number; right: number; bottom: number };
  map: { left: number; top: number; right: number; bottom: number };
}

/**
 * The shown scene's focus as the map draws it: the features it names, and the
 * places its filter leaves on the map (read from the rendered layers), projected.
 */
async function focusOnScreen(page: Page): Promise<FocusOnScreen> {
  return page.evaluate(() => {
    const { map, store } = window.__APP__!;
    const s = store.getState();
    const scene = s.agenda[s.sceneIndex!]!;
    const ids = new Set(scene.focus?.ids ?? []);
    if (scene.focus?.filteredPlaces) {
      for (const f of map.queryRenderedFeatures({ layers: ['town-circle', 'port-icon', 'park-icon', 'route-line'] })) {
        if (f.state.off !== true) ids.add(String(f.properties.id));
      }
    }
    const data = s.data!;
    const box = map.getCanvas().getBoundingClientRect();
    const positions = (g: GeoJSON.Geometry): GeoJSON.Position[] => {
      if (g.type === 'Point') return [g.coordinates];
      if (g.type === 'LineString' || g.type === 'MultiPoint') return g.coordinates;
      if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates.flat();
      if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
      return g.geometries.flatMap(positions);
    };
    const points = [...ids].flatMap((id) => {
      const source = data.byId.get(id)?.source;
      if (!source) throw new Error(`the focus names ${id}, which the data lack`);
      const feature = (data[source] as GeoJSON.FeatureCollection).features.find((f) => f.properties?.id === id)!;
      return positions(feature.geometry).map((p) => {
        const at = map.project(p as [number, number]);
        return { id, x: box.left + at.x, y: box.top + at.y };
      });
    });
    const caption = document.querySelector('.scene-caption')!.getBoundingClientRect();
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return { title: scene.title, points, caption: rect(caption), map: rect(box) };
  });
}

const inside = (p: { x: number; y: number }, r: FocusOnScreen['caption']) =>
  p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/**
 * Canvas pixels inside the corridor band (beside each axis, off its dashed line,
 * between its towns), and one in a county far from it.
 */
async function bandPixels(app: AppDriver): Promise<{ band: number[][]; dimmed: number[] }> {
  const { inBand, beside } = await app.page.evaluate(() => {
    const { map, store } = window.__APP__!;
    const axes = store
      .getState()
      .data!.zones.features.filter((f) => f.properties.kind === 'corridor-axis')
      .map((f) => (f.geometry as GeoJSON.LineString).coordinates);
    const inBand: { x: number; y: number }[] = [];
    for (const line of axes) {
      for (let i = 1; i < line.length; i += 1) {
        const a = map.project(line[i - 1] as [number, number]);
        const b = map.project(line[i] as [number, number]);
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        if (length < 60) continue;
        const [nx, ny] = [-(b.y - a.y) / length, (b.x - a.x) / length];
        for (const t of [0.35, 0.65]) {
          for (const side of [-7, 7]) {
            inBand.push({ x: a.x + (b.x - a.x) * t + nx * side, y: a.y + (b.y - a.y) * t + ny * side });
          }
        }
      }
    }
    // A county far from the band, dimmed: 南木林县's label point, just beside its name.
    const namling = store.getState().data!.counties.features.find((f) => f.properties.name === '南木林县')!;
    const at = map.project(namling.properties.label_at);
    return { inBand, beside: { x: at.x, y: at.y + 40 } };
  });
  const pixels = await app.canvasPixels([...inBand, beside]);
  return { band: pixels.slice(0, inBand.length), dimmed: pixels[inBand.length]! };
}

/** The band colour (#e8902a) over the dimmed city is orange: red well above blue. Under the mask it is paper. */
const orange = ([r, g, b]: number[]) => r! - b! > 60 && r! > g!;
const orangeShare = (pixels: number[][]) => pixels.filter(orange).length / pixels.length;

describe('scenes that show their subject', () => {
  it('every default scene frames its focus in view and clear of the caption, at 1920×1080', async () => {
    const { page, app } = await openApp('#v=1&scene=1&present=1', { reducedMotion: 'reduce' });
    const caption = page.getByRole('region', { name: '当前场景' });
    const scenes = await page.evaluate(() => window.__APP__!.store.getState().agenda.map((s) => s.title));
    expect(scenes).toHaveLength(10);
    for (const [i, title] of scenes.entries()) {
      // A scene by its digit; past nine, the next scene (two digits typed by a driven keyboard can
      // arrive further apart than the presenter's window for them while the map is drawing).
      await page.keyboard.press(i < 9 ? String(i + 1) : 'ArrowRight');
      await expect.poll(() => caption.getByRole('heading').textContent(), { timeout: 10_000 }).toBe(title);
      await app.waitForReady();
      const shown = await focusOnScreen(page);
      expect(shown.points.length, title).toBeGreaterThan(0);
      const covered = [...new Set(shown.points.filter((p) => inside(p, shown.caption)).map((p) => p.id))];
      expect(covered, `${title}: under the caption`).toEqual([]);
      const outOfView = [...new Set(shown.points.filter((p) => !inside(p, shown.map)).map((p) => p.id))];
      expect(outOfView, `${title}: out of view`).toEqual([]);
      await page.screenshot({ path: artifactPath(`scene-${i + 1}.png`) });
    }
    await page.context().close();
  }, 240_000);

  it('the corridor scene draws the band in its colour over the dimmed city, not under the mask', async () => {
    const { page, app } = await openApp('#v=1&scene=5&present=1', { reducedMotion: 'reduce' });
    await app.waitForReady();
    const samples = await bandPixels(app);
    await page.screenshot({ path: artifactPath('scene-corridor.png') });
    expect(samples.band.length).toBeGreaterThan(20);
    // Some samples fall on a label, a town or a route line: most must be the band's.
    expect(orangeShare(samples.band)).toBeGreaterThan(2 / 3);
    expect(orange(samples.dimmed)).toBe(false);
    await page.context().close();
  });

  it('ticking the corridor in the filter shows the band, its towns and its ports', async () => {
    const { page, app } = await openApp();
    await page.getByRole('checkbox', { name: '面向南亚开发开放合作走廊', exact: true }).check();
    await app.waitForReady();
    expect(orangeShare((await bandPixels(app)).band)).toBeGreaterThan(2 / 3);
    expect(await app.renderedValues('port-icon', 'id')).toEqual(
      expect.arrayContaining(['port-gyirong', 'port-zhangmu', 'port-lizi', 'port-riwu', 'port-chentang']),
    );
    expect(await app.renderedValues('town-circle', 'name')).toEqual(expect.arrayContaining(['吉隆镇', '樟木镇']));
    await page.context().close();
  });
});

/** The camera's moves during a step from scene 1 to scene 2: how many frames, over how long. */
/** The camera's moves after a step: how many, from the first to the last, and from the key to the last. */
async function motionOfAStep(page: Page): Promise<{ frames: number; ms: number; sinceKey: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { moves: number[]; keyAt: number };
    w.moves = [];
    window.addEventListener('keydown', () => (w.keyAt = performance.now()), { capture: true, once: true });
    window.__APP__!.map.on('move', () => w.moves.push(performance.now()));
  });
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.evaluate(() => window.__APP__!.store.getState().sceneIndex), { timeout: 10_000 })
    .toBe(1);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 45_000 });
  return page.evaluate(() => {
    const { moves, keyAt } = window as unknown as { moves: number[]; keyAt: number };
    const last = moves[moves.length - 1] ?? keyAt;
    return { frames: moves.length, ms: moves.length > 0 ? last - moves[0]! : 0, sinceKey: last - keyAt };
  });
}

describe('moves between scenes', () => {
  it('are smooth flights', async () => {
    // Test pages prefer reduced motion unless told: this one asks for flights.
    const { page } = await openApp('#v=1&scene=1&present=1', { reducedMotion: 'no-preference' });
    const motion = await motionOfAStep(page);
    // Time-based: however few frames a slow machine draws (and however late the first), the
    // flight's last move comes over a second after the key.
    expect(motion.frames).toBeGreaterThanOrEqual(2);
    expect(motion.sinceKey).toBeGreaterThan(1000);
    await page.context().close();
  });

  it('are cuts when the user prefers reduced motion', async () => {
    const { page } = await openApp('#v=1&scene=1&present=1', { reducedMotion: 'reduce' });
    const motion = await motionOfAStep(page);
    expect(motion.frames).toBeGreaterThan(0);
    expect(motion.frames).toBeLessThanOrEqual(2);
    expect(motion.ms).toBeLessThan(50);
    await page.context().close();
  });
});
