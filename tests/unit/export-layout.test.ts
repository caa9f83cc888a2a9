import { describe, expect, it } from 'vitest';
import { COMPOSITION, compositionLayout } from '../../src/export/composition-layout';
import { exportFileName, isoDate } from '../../src/export/file-name';
import { coverSize, paperLayout, printPixelRatio } from '../../src/export/paper';

describe('the export file name and date', () => {
  it('writes the local date as YYYY-MM-DD and the file as 日喀则十四五空间布局-YYYYMMDD.png', () => {
    const date = new Date(2026, 0, 5, 23, 59);
    expect(isoDate(date)).toBe('2026-01-05');
    expect(exportFileName(date)).toBe('日喀则十四五空间布局-20260105.png');
    expect(isoDate(new Date(2025, 11, 31))).toBe('2025-12-31');
  });
});

describe('the PNG composition', () => {
  it('stacks title, map, one legend row of five sections and the footer on a 1280-pixel map', () => {
    const layout = compositionLayout(1280, 1016, 5);
    expect(layout.columns).toBe(5);
    expect(layout.map).toEqual({ x: 0, y: 64, width: 1280, height: 1016 });
    expect(layout.width).toBe(1280);
    expect(layout.height).toBe(64 + 1016 + 160 + 48);
    expect(layout.footer.y + layout.footer.height).toBe(layout.height);
  });

  it('wraps the legend onto more rows when the map is narrow', () => {
    const layout = compositionLayout(600, 500, 5);
    expect(layout.columns).toBe(2);
    expect(layout.legend.height).toBe(3 * COMPOSITION.legendRowHeight);
    expect(layout.height).toBe(64 + 500 + 3 * 160 + 48);
  });
});

describe('the print layout', () => {
  it.each([
    ['A4', 'landscape'],
    ['A4', 'portrait'],
    ['A3', 'landscape'],
    ['A3', 'portrait'],
  ] as const)('%s %s fills the page inside its margins', (paper, orientation) => {
    const l = paperLayout({ paper, orientation });
    expect(l.page.width > l.page.height).toBe(orientation === 'landscape');
    const width = l.legend.placement === 'side' ? l.frame.width + l.gap + l.legend.width : l.frame.width;
    const height =
      l.legend.placement === 'side'
        ? l.headerHeight + l.frame.height + l.footerHeight + 2 * l.gap
        : l.headerHeight + l.frame.height + l.legend.height + l.footerHeight + 3 * l.gap;
    expect(width).toBeCloseTo(l.content.width, 0);
    expect(height).toBeCloseTo(l.content.height, 0);
    expect(height).toBeLessThanOrEqual(l.content.height + 0.05);
  });

  it('widens the screen view to the frame’s shape without cutting any of it', () => {
    expect(coverSize({ width: 1280, height: 1016 }, 2)).toEqual({ width: 2032, height: 1016 });
    expect(coverSize({ width: 1280, height: 1016 }, 1)).toEqual({ width: 1280, height: 1280 });
  });

  it('aims at 300 dpi across the frame, falls back to 2× on a small device, and never goes below 1', () => {
    const a3 = paperLayout({ paper: 'A3', orientation: 'landscape' });
    const css = { width: 1343, height: 1016 };
    const ratio = printPixelRatio(css, a3.frame.width, 8192);
    expect((css.width * ratio * 25.4) / a3.frame.width).toBeCloseTo(300, 6);
    expect(printPixelRatio(css, a3.frame.width, 3000)).toBe(2);
    expect(printPixelRatio(css, a3.frame.width, 2000)).toBeCloseTo(1.48, 2);
    expect(printPixelRatio({ width: 4000, height: 3000 }, 100, 16384)).toBe(1);
  });
});
