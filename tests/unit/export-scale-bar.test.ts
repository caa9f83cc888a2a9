import { describe, expect, it } from 'vitest';
import { metresPerPixel, roundDown, scaleBar } from '../../src/export/scale-bar';

describe('the export scale bar', () => {
  it('rounds down to 1, 2, 3 or 5 × 10ⁿ, as MapLibre’s scale control does', () => {
    expect([1, 1.9, 2, 2.99, 3, 4.9, 5, 9.99, 10].map(roundDown)).toEqual([1, 1, 2, 2, 3, 3, 5, 5, 10]);
    expect(roundDown(123_456)).toBe(100_000);
    expect(roundDown(49_999)).toBe(30_000);
    expect(roundDown(0.07)).toBeCloseTo(0.05);
    expect(roundDown(1000)).toBe(1000);
    expect(() => roundDown(0)).toThrow(RangeError);
  });

  it('measures metres per pixel on MapLibre’s 512-pixel Mercator world', () => {
    // At zoom 0 the equator is 512 px long: 2π × 6 371 008.8 m / 512.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_184.04, 0);
    // Each zoom level halves it; at 60° latitude it is halved again.
    expect(metresPerPixel(0, 3)).toBeCloseTo(78_184.04 / 8, 1);
    expect(metresPerPixel(60, 0)).toBeCloseTo(78_184.04 / 2, 0);
  });

  it('picks the longest round distance that fits, in km from 1 km up', () => {
    // 日喀则 at the overview zoom: about 1.2 km per pixel at 29.3° N, zoom 6.
    const mpp = metresPerPixel(29.3, 6);
    const bar = scaleBar(mpp, 160);
    expect(bar.metres).toBe(100_000);
    expect(bar.label).toBe('100 km');
    expect(bar.pixels).toBeLessThanOrEqual(160);
    expect(bar.pixels).toBeCloseTo(100_000 / mpp, 6);
    expect(scaleBar(2, 160).label).toBe('300 m');
    expect(scaleBar(10, 160).label).toBe('1 km');
  });
});
