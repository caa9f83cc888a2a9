import { describe, expect, it } from 'vitest';
import { dividerPosition, pointerPosition } from '../../src/compare/divider-keys';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { urlProblemsNotice } from '../../src/i18n/url-problems';
import type { CompareView } from '../../src/store/compare-slice';
import { formatCompare, parseCompare } from '../../src/url/compare-codec';
import { formatHash, parseHash } from '../../src/url/hash-codec';

const view = {
  camera: null,
  selectedId: null,
  lang: 'zh' as const,
  hidden: [],
  reading: null,
  filters: EMPTY_FILTERS,
};

describe('a comparison in the link (cmp=)', () => {
  it.each<[string, CompareView]>([
    ['scene:6,swipe,50', { source: { kind: 'scene', index: 5 }, mode: 'swipe', position: 50 }],
    ['layer:u12,side,50', { source: { kind: 'layer', layerId: 'u12' }, mode: 'side', position: 50 }],
    ['bm:osm,swipe,37.5', { source: { kind: 'basemap', basemap: 'osm' }, mode: 'swipe', position: 37.5 }],
    [
      'bm:tianditu-image,swipe,0',
      { source: { kind: 'basemap', basemap: 'tianditu-image' }, mode: 'swipe', position: 0 },
    ],
    ['scene:10,side,100', { source: { kind: 'scene', index: 9 }, mode: 'side', position: 100 }],
  ])('reads and writes %s', (text, compare) => {
    expect(parseCompare(text)).toEqual(compare);
    expect(formatCompare(compare)).toBe(text);
  });

  it('writes the divider to a tenth of a percent', () => {
    const compare: CompareView = { source: { kind: 'scene', index: 0 }, mode: 'swipe', position: 33.3333 };
    expect(formatCompare(compare)).toBe('scene:1,swipe,33.3');
  });

  it.each([
    '',
    'scene:6',
    'scene:6,swipe',
    'scene:0,swipe,50',
    'scene:x,swipe,50',
    'scene:6,wipe,50',
    'scene:6,swipe,101',
    'scene:6,swipe,-1',
    'scene:6,swipe,50.25',
    'scene:6,swipe,50,1',
    'layer:county-540234,swipe,50',
    'bm:amap,swipe,50',
    'town:6,swipe,50',
  ])('refuses %j', (text) => {
    expect(parseCompare(text)).toBeNull();
  });

  it('round-trips through the whole hash, beside the rest of the view', () => {
    const compare: CompareView = { source: { kind: 'scene', index: 5 }, mode: 'swipe', position: 42 };
    const hash = formatHash({ ...view, scene: 3, presenting: true, compare });
    expect(hash).toBe('#v=1&scene=4&present=1&cmp=scene:6,swipe,42');
    expect(parseHash(hash)).toEqual({ state: { scene: 3, presenting: true, compare }, problems: [] });
  });

  it('leaves a closed comparison out of the link', () => {
    expect(formatHash({ ...view, compare: null })).toBe('#v=1');
  });

  it('drops a bad comparison, keeps the rest and names it in the notice', () => {
    const { state, problems } = parseHash('#v=1&sel=county-540234&cmp=scene:6,wipe,50');
    expect(state).toEqual({ selectedId: 'county-540234' });
    expect(problems).toEqual(['cmp']);
    expect(urlProblemsNotice(problems).zh).toContain('对比分析');
    expect(urlProblemsNotice(problems).en).toContain('the comparison');
  });
});

describe('the divider', () => {
  it('moves by 1 on an arrow key, by 10 with Shift, to the edges on Home and End, never past them', () => {
    expect(dividerPosition('ArrowLeft', false, 50)).toBe(49);
    expect(dividerPosition('ArrowRight', true, 50)).toBe(60);
    expect(dividerPosition('ArrowDown', true, 5)).toBe(0);
    expect(dividerPosition('ArrowUp', true, 95.5)).toBe(100);
    expect(dividerPosition('Home', false, 50)).toBe(0);
    expect(dividerPosition('End', false, 50)).toBe(100);
  });

  it("leaves the presentation's keys alone", () => {
    for (const key of ['PageDown', 'PageUp', ' ', 'b', 'F5', 'Escape'])
      expect(dividerPosition(key, false, 50)).toBeNull();
  });

  it('follows the pointer across its box, to a tenth of a percent', () => {
    expect(pointerPosition(600, 100, 1000)).toBe(50);
    expect(pointerPosition(433.33, 100, 1000)).toBe(33.3);
    expect(pointerPosition(0, 100, 1000)).toBe(0);
    expect(pointerPosition(2000, 100, 1000)).toBe(100);
  });
});
