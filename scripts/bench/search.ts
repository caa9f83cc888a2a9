import type { Browser } from 'playwright-core';

/** Typing queries into the search box: the time from an input event to the rendered results. */
export async function measureSearch(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]');
  const times = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (const query of ['jilong', 'kyirong', 'shigatse', '吉隆镇', '喜马拉雅', 'jlz', 'dram']) {
      for (let n = 1; n <= query.length; n++) {
        const start = performance.now();
        setValue.call(input, query.slice(0, n));
        // React flushes a discrete input event synchronously: the results are in the DOM on return.
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - start);
      }
    }
    return times;
  });
  await context.close();
  return times;
}
