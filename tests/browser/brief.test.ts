import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

/** The pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** The brief's PDF as the browser's print dialog saves it: print media, the page size the brief sets. */
async function printToPdf(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, path: artifactPath(name) });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/** The colours of the brief's map image at its centre and corners (the image, not the page around it). */
async function mapImageColours(page: Page, county: string) {
  return page.evaluate(async (id) => {
    const img = document.querySelector<HTMLImageElement>(`.brief-page[data-county="${id}"] .brief-map img`)!;
    await img.decode();
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return { width: canvas.width, height: canvas.height, distinct: colours.size };
  }, county);
}

describe('the county brief (县域简报)', () => {
  it('opens from the county panel as one A4 page with its map, towns, ports and parks, and prints as one PDF page', async () => {
    const { page, app, errors } = await openApp('#v=1&sel=county-540234');
    await page.getByRole('button', { name: '县域简报', exact: true }).click();
    const brief = page.getByRole('dialog', { name: '吉隆县县域简报' });
    await brief.waitFor();
    await page.locator('.brief-pages[data-ready="true"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.url()).toContain('brief=county-540234');
    const sheet = page.locator('.brief-sheet');
    await expect(sheet.count()).resolves.toBe(1);
    await expect(sheet.getAttribute('data-fits')).resolves.toBe('true');
    const text = (await page.locator('.brief-page').textContent()) ?? '';
    for (const name of [
      '吉隆镇',
      '宗嘎镇',
      '萨勒乡',
      '吉隆口岸',
      '吉隆国家重点开发开放试验区',
      '喜马拉雅中段强边建设带',
    ]) {
      expect(text, name).toContain(name);
    }
    // Its town tiers as the legend names them, and a passage cited by 篇/章/节.
    expect(text).toContain('重要节点城镇');
    expect(text).toMatch(/第[一二三四五六七八九十]+篇 › 第[一二三四五六七八九十]+章/);
    // The map image is a drawn map (many colours), at about 200 dpi for its 186 mm frame.
    const map = await mapImageColours(page, 'county-540234');
    expect(map.width).toBeGreaterThanOrEqual(1400);
    expect(map.distinct).toBeGreaterThan(20);
    await page.screenshot({ path: artifactPath('brief-gyirong.png'), fullPage: false });
    expect(pdfPageCount(await printToPdf(page, 'brief-gyirong.pdf'))).toBe(1);

    // Esc closes it, back to the map with the county still selected.
    await page.keyboard.press('Escape');
    await brief.waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).not.toContain('brief=');
    // The screen's map still masks all but the county the brief was about.
    await expect(app.maskedCounties()).resolves.toHaveLength(17);
    expect(errors).toEqual([]);
  });

  it('a link opens all 18 briefs, in English, each on one page: the PDF has 18 pages', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await openApp('#v=1&lang=en&brief=all');
    await page.getByRole('dialog', { name: 'County briefs of the 18 counties of Shigatse' }).waitFor();
    await page.locator('.brief-pages[data-ready="true"]').waitFor({ timeout: 120_000 });
    await expect(page.locator('.brief-sheet').count()).resolves.toBe(18);
    await expect(page.locator('.brief-sheet[data-fits="true"]').count()).resolves.toBe(18);
    // The fullest county is condensed (a lower detail level), never overflowing.
    const sangzhutse = page.locator('.brief-page[data-county="county-540202"]');
    expect(Number(await sangzhutse.getAttribute('data-detail'))).toBeGreaterThan(0);
    await expect(sangzhutse.textContent()).resolves.toContain('Samzhubzê');
    // Every page's text is at least 7.5 pt.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...Array.from(document.querySelectorAll('.brief-page *'))
          .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
      ),
    );
    expect(smallest * 0.75).toBeGreaterThanOrEqual(7.5);
    expect(pdfPageCount(await printToPdf(page, 'briefs-all.pdf'))).toBe(18);
    expect(errors).toEqual([]);
  });
});
