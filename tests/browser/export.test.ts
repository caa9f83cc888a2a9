import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compositionLayout } from '../../src/export/composition-layout';
import { paperLayout } from '../../src/export/paper';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { STRINGS } from '../../src/i18n/strings';
// The export's words load with the export, as in the app.
import '../../src/i18n/strings-later';
import { zoneColour } from '../../src/symbology/classes';
import { legendSections } from '../../src/symbology/legend';
import { PAPER } from '../../src/symbology/palette';
import { AppDriver } from './support/app-driver';
import { artifactPath, launchBrowser, newPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app; `beforeLoad` runs in every document before the app's own scripts. */
async function openApp(beforeLoad?: () => void) {
  const { page, errors } = await newPage(browser, inject('baseUrl'));
  if (beforeLoad) await page.addInitScript(beforeLoad);
  const app = new AppDriver(page, inject('baseUrl'));
  await app.open();
  return { page, app, errors };
}

async function chooseExport(page: Page, name: string) {
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

async function mapSize(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  });
}

/** A zone's legend swatch as drawn: its colour at the map's 50 % over the map's paper. */
function swatchColour(hex: string): [number, number, number] {
  const channel = (h: string, i: number) => Number.parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  return [0, 1, 2].map((i) => Math.round(channel(hex, i) * 0.5 + channel(PAPER, i) * 0.5)) as [number, number, number];
}

describe('export as PNG', () => {
  it('PNG（2×） downloads the whole composition at twice its CSS size, with a drawn map, a title and the legend', async () => {
    const { page, errors } = await openApp();
    const map = await mapSize(page);
    // The legend's sections with every layer shown (空间格局 … 线路, the works' kinds and progress in
    // columns of at most seven, 自然地理): ten.
    const sections = legendSections({ lang: 'zh', hidden: [], filters: EMPTY_FILTERS }).length;
    expect(sections).toBe(10);
    const layout = compositionLayout(map.width, map.height, sections);
    const [download] = await Promise.all([page.waitForEvent('download'), chooseExport(page, 'PNG（2×）')]);
    expect(download.suggestedFilename()).toMatch(/^日喀则十四五空间布局-\d{8}\.png$/);
    const path = artifactPath('export-2x.png');
    await download.saveAs(path);

    // The size, from the PNG's own header: the signature, then IHDR with width and height (big-endian).
    const png = readFileSync(path);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    expect(size).toEqual({ width: 2 * layout.width, height: 2 * layout.height });

    // The pixels, decoded by the browser.
    const figures = await page.evaluate(
      async ({ base64, layout, swatches }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const region = (r: { x: number; y: number; width: number; height: number }) =>
          ctx.getImageData(2 * r.x, 2 * r.y, 2 * r.width, 2 * r.height).data;
        const share = (data: Uint8ClampedArray, test: (r: number, g: number, b: number) => boolean) => {
          let hits = 0;
          let all = 0;
          for (let i = 0; i < data.length; i += 4 * 7) {
            all += 1;
            if (test(data[i]!, data[i + 1]!, data[i + 2]!)) hits += 1;
          }
          return hits / all;
        };
        const near = (r: number, g: number, b: number, c: number[], tolerance: number) =>
          Math.abs(r - c[0]!) + Math.abs(g - c[1]!) + Math.abs(b - c[2]!) <= tolerance;
        const white = [255, 255, 255];
        const paper = [0xf3, 0xf0, 0xe8];
        const mapPixels = region(layout.map);
        const titlePixels = region({ ...layout.title, x: 0, width: layout.width });
        const legendPixels = region(layout.legend);

        // The same view on screen, read during the frame that drew it, against the PNG's map scaled down.
        const { map } = window.__APP__!;
        const drawn = new Promise<void>((resolve) => map.once('render', () => resolve()));
        map.triggerRepaint();
        await drawn;
        const screen = document.createElement('canvas');
        screen.width = layout.map.width;
        screen.height = layout.map.height;
        const screenCtx = screen.getContext('2d')!;
        screenCtx.drawImage(map.getCanvas(), 0, 0, screen.width, screen.height);
        const exported = document.createElement('canvas');
        exported.width = layout.map.width;
        exported.height = layout.map.height;
        const exportedCtx = exported.getContext('2d')!;
        exportedCtx.drawImage(
          canvas,
          0,
          2 * layout.map.y,
          2 * layout.map.width,
          2 * layout.map.height,
          0,
          0,
          exported.width,
          exported.height,
        );
        const a = screenCtx.getImageData(0, 0, screen.width, screen.height).data;
        const b = exportedCtx.getImageData(0, 0, exported.width, exported.height).data;
        let difference = 0;
        let samples = 0;
        for (let i = 0; i < a.length; i += 4 * 5) {
          difference +=
            (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!)) / 3;
          samples += 1;
        }
        return {
          mapPainted: share(mapPixels, (r, g, b) => !near(r, g, b, white, 30) && !near(r, g, b, paper, 30)),
          titleDark: share(titlePixels, (r, g, b) => r + g + b < 3 * 90),
          titleWhite: share(titlePixels, (r, g, b) => near(r, g, b, white, 6)),
          // Pixels of each colour in the legend (a share of the legend, whose size grows with its sections).
          legendSwatches: swatches.map(
            (c) =>
              share(legendPixels, (r, g, b) => near(r, g, b, c, 12)) * layout.legend.width * layout.legend.height * 4,
          ),
          meanDifferenceFromScreen: difference / samples,
        };
      },
      {
        base64: png.toString('base64'),
        layout,
        swatches: (['core', 'eco-belt', 'border-belt'] as const).map((z) => swatchColour(zoneColour(z))),
      },
    );
    console.info('PNG 2×', size, figures);
    // The map is drawn: zone colours, not a blank or transparent canvas.
    expect(figures.mapPainted).toBeGreaterThan(0.3);
    // The title band is white with dark text in it.
    expect(figures.titleDark).toBeGreaterThan(0.003);
    expect(figures.titleWhite).toBeGreaterThan(0.8);
    // The legend shows the three area zones' swatches: each a few hundred pixels at 2×.
    for (const s of figures.legendSwatches) expect(s).toBeGreaterThan(200);
    // And it is the view on screen, drawn again (labels differ a little at 2×).
    expect(figures.meanDifferenceFromScreen).toBeLessThan(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('print layout', () => {
  it('A3 横向 lays out title, map, legend, sources, the 示意 notice and the date on one A3 landscape page', async () => {
    const { page, errors } = await openApp(() => {
      const record = window as unknown as { printCalls: number };
      record.printCalls = 0;
      window.print = () => {
        record.printCalls += 1;
      };
    });
    await chooseExport(page, '打印 / PDF（A3 横向）');
    await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1, null, {
      timeout: 60_000,
    });

    const root = page.locator('#print-root');
    const text = (await root.textContent()) ?? '';
    for (const zone of [
      '年楚河高原经济高质量发展核心区',
      '雅江中上游生态文明高地建设带',
      '喜马拉雅中段强边建设带',
      '面向南亚开发开放合作走廊',
    ]) {
      expect(text).toContain(zone);
    }
    expect(text).toContain(STRINGS.zh.title);
    expect(text).toContain(STRINGS.zh.sourcesShort);
    expect(text).toContain(STRINGS.zh.exportNotice);
    expect(text).toMatch(/制图日期 \d{4}-\d{2}-\d{2}/);

    const pageSizes = await page.evaluate(() =>
      Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
        .map((rule) => rule.style.getPropertyValue('size')),
    );
    expect(pageSizes.map((s) => s.toLowerCase())).toContain('a3 landscape');

    // The map image: drawn for the frame at about 300 dpi (2× at least).
    const frame = paperLayout({ paper: 'A3', orientation: 'landscape' }).frame;
    const image = await root.locator('img:not(.print-swatch)').evaluate((img: HTMLImageElement) => ({
      width: img.naturalWidth,
      height: img.naturalHeight,
    }));
    const dpi = image.width / (frame.width / 25.4);
    console.info('A3 landscape map image', image, `${dpi.toFixed(0)} dpi`);
    expect(dpi).toBeGreaterThan(295);
    expect(image.width / image.height).toBeCloseTo(frame.width / frame.height, 2);

    // Nothing spills out of the page or the legend box.
    const overflow = await root.evaluate((el) =>
      ['.print-page', '.print-legend', '.print-footer'].map((selector) => {
        const box = el.querySelector(selector)!;
        return box.scrollHeight - box.clientHeight;
      }),
    );
    expect(overflow).toEqual([0, 0, 0]);

    // Printing shows the layout and nothing of the app.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await expect(root.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: artifactPath('print-a3.png'), fullPage: true });

    // Chromium's own print to PDF: one A3 landscape page (420 × 297 mm = 1190.55 × 841.89 pt).
    const pdf = await page.pdf({ path: artifactPath('print-a3.pdf'), preferCSSPageSize: true, printBackground: true });
    const source = pdf.toString('latin1');
    expect(source.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    const box = source.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    // (Chromium rounds the page to whole CSS pixels: within a point.)
    expect(Math.abs(Number(box?.[1]) - 1190.55)).toBeLessThan(1);
    expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(1);
    // It holds the map image at full resolution, so the printed page is the layout, not the app.
    const images = [...source.matchAll(/<<[^<>]*\/Subtype\s*\/Image[^<>]*>>/g)].map((m) =>
      Number(/\/Width\s+(\d+)/.exec(m[0])?.[1]),
    );
    expect(images).toContain(image.width);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
