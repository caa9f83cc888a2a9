import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../src/filter/filter-model';
import { browserSession } from './support/session';

const { openApp } = browserSession();

const NO_FILTER: Filters = EMPTY_FILTERS;

/** The view a history entry must give back whole. */
interface View {
  selectedId: string | null;
  filters: Filters;
  hiddenLayers: string[];
  readerOpen: boolean;
  readerParagraph: string | null;
  lang: 'zh' | 'en';
  sceneIndex: number | null;
  presenting: boolean;
}

const OVERVIEW: View = {
  selectedId: null,
  filters: NO_FILTER,
  hiddenLayers: [],
  readerOpen: false,
  readerParagraph: null,
  lang: 'zh',
  sceneIndex: null,
  presenting: false,
};

/** The default agenda's scenes 1–3, as presented. */
const SLIDE = [
  { ...OVERVIEW, sceneIndex: 0, presenting: true },
  { ...OVERVIEW, filters: { ...NO_FILTER, zones: ['core'] }, sceneIndex: 1, presenting: true },
  { ...OVERVIEW, filters: { ...NO_FILTER, zones: ['eco-belt'] }, sceneIndex: 2, presenting: true },
] as View[];
const TITLES = ['全域格局：一核两带一廊', '年楚河高原经济高质量发展核心区', '雅江中上游生态文明高地建设带'];

async function viewOf(page: Page): Promise<View> {
  return page.evaluate(() => {
    const s = window.__APP__!.store.getState();
    return {
      selectedId: s.selectedId,
      filters: s.filters,
      hiddenLayers: [...s.hiddenLayers].sort(),
      readerOpen: s.readerOpen,
      readerParagraph: s.readerParagraph,
      lang: s.lang,
      sceneIndex: s.sceneIndex,
      presenting: s.presenting,
    } as View;
  });
}

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

/** The counties a zone filter leaves undimmed (every county when no zone is asked for). */
async function countiesOutside(page: Page, zones: string[]): Promise<string[]> {
  return page.evaluate(
    (z) =>
      window
        .__APP__!.store.getState()
        .data!.counties.features.filter(
          (f) => z.length > 0 && !z.some((zone) => f.properties.zones.includes(zone as 'core')),
        )
        .map((f) => f.properties.id)
        .sort(),
    zones,
  );
}

/** Every county the mask dims, in view or not. */
async function maskedCounties(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { map, store } = window.__APP__!;
    return store
      .getState()
      .data!.counties.features.map((f) => f.properties.id)
      .filter((id) => map.getFeatureState({ source: 'counties', id }).masked === true)
      .sort();
  });
}

/**
 * What the page shows matches a view: the store, the caption, and the map's
 * mask and selection (feature-state, set with the store update: no need to wait for the frame).
 */
async function expectShown(page: Page, view: View) {
  await expect.poll(() => viewOf(page), { timeout: 10_000 }).toEqual(view);
  expect(await maskedCounties(page)).toEqual(await countiesOutside(page, view.filters.zones));
  const caption = page.getByRole('region', { name: '当前场景' });
  if (view.presenting && view.sceneIndex !== null) {
    await expect(caption.getByRole('heading').textContent()).resolves.toBe(TITLES[view.sceneIndex]);
  } else expect(await caption.count()).toBe(0);
  if (view.selectedId) {
    const selected = await page.evaluate((id) => {
      const { map, store } = window.__APP__!;
      return map.getFeatureState({ source: store.getState().data!.byId.get(id)!.source, id }).selected;
    }, view.selectedId);
    expect(selected).toBe(true);
  }
}

describe('history a presenter can trust', () => {
  it('each slide step is one history entry, and Back and Forward walk them again, with a selection between', async () => {
    // Cuts instead of flights: what is tested here is the history, not the camera.
    const { page, app } = await openApp('#v=1&scene=1&present=1', { reducedMotion: 'reduce' });
    await expectShown(page, SLIDE[0]!);
    const start = await historyLength(page);

    const steps: [string, View][] = [
      ['ArrowRight', SLIDE[1]!],
      ['ArrowRight', SLIDE[2]!],
      ['ArrowLeft', SLIDE[1]!],
    ];
    for (const [i, [key, view]] of steps.entries()) {
      await page.keyboard.press(key);
      await expectShown(page, view);
      expect(await historyLength(page)).toBe(start + i + 1);
    }
    // A click during the talk: one entry, the scene kept (洛江镇: no work's symbol lies over it, as 白居寺's does over 江孜镇).
    await app.waitForReady();
    await app.clickFeature('towns', 'town-540228100');
    const withTown = { ...SLIDE[1]!, selectedId: 'town-540228100' };
    await expectShown(page, withTown);
    expect(await historyLength(page)).toBe(start + 4);
    await page.keyboard.press('ArrowLeft');
    await expectShown(page, SLIDE[0]!);
    expect(await historyLength(page)).toBe(start + 5);

    const entries = [SLIDE[0]!, SLIDE[1]!, SLIDE[2]!, SLIDE[1]!, withTown, SLIDE[0]!];
    for (let at = entries.length - 2; at >= 0; at -= 1) {
      await page.goBack();
      await expectShown(page, entries[at]!);
    }
    for (let at = 1; at < entries.length; at += 1) {
      await page.goForward();
      await expectShown(page, entries[at]!);
    }
    expect(await historyLength(page)).toBe(start + 5);
    await page.context().close();
  }, 180_000);

  it('Back and Forward restore filter, selection, layers, reader and language, each in one step', async () => {
    const { page, app } = await openApp('#v=1');
    const start = await historyLength(page);
    const filtered: View = { ...OVERVIEW, filters: { ...NO_FILTER, zones: ['border-belt'] } };
    const selected: View = { ...filtered, selectedId: 'town-540234101' };
    const layerOff: View = { ...selected, hiddenLayers: ['layer:parks'] };
    const reading: View = { ...layerOff, readerOpen: true };
    const english: View = { ...reading, lang: 'en' };
    const entries = [OVERVIEW, filtered, selected, layerOff, reading, english];

    await page.getByRole('checkbox', { name: '喜马拉雅中段强边建设带', exact: true }).check();
    await expectShown(page, filtered);
    await app.waitForReady();
    await app.clickFeature('towns', 'town-540234101');
    await expectShown(page, selected);
    await page.getByRole('button', { name: '显示图层：园区' }).click();
    await expectShown(page, layerOff);
    await page.getByRole('banner').getByRole('button', { name: '规划原文', exact: true }).click();
    await expectShown(page, reading);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expectShown(page, english);
    expect(await historyLength(page)).toBe(start + 5);

    for (let at = entries.length - 2; at >= 0; at -= 1) {
      await page.goBack();
      await expectShown(page, entries[at]!);
    }
    await app.waitForReady();
    expect(await app.renderedValues('park-icon', 'id')).not.toHaveLength(0);
    for (let at = 1; at < entries.length; at += 1) {
      await page.goForward();
      await expectShown(page, entries[at]!);
    }
    await app.waitForReady();
    expect(await app.renderedValues('park-icon', 'id')).toHaveLength(0);
    expect(await historyLength(page)).toBe(start + 5);
    await page.context().close();
  }, 180_000);
});
