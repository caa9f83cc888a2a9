import type { Browser } from 'playwright-core';

export interface PhoneRun {
  /** The map's device pixels per CSS pixel: the app's cap (2), or the phone's own 3. */
  pixelRatio: number;
  readyMs: number;
  /** Median time between frames while the map zooms in by one level over a second. */
  frameMs: number;
}

/**
 * A 390×844 phone at DPR 3, with the app's pixel-ratio cap and without it
 * (the page told it is 800 px wide when the map is made, so the cap does not
 * apply; the layout follows the CSS media queries and stays the phone's).
 */
export async function measurePhone(browser: Browser, url: string, runs = 3): Promise<PhoneRun[]> {
  const results: PhoneRun[] = [];
  for (let i = 0; i < runs; i++) {
    for (const capped of [true, false]) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      // As text: a function here would be compiled with helpers the page does not have.
      if (!capped)
        await page.addInitScript({ content: "Object.defineProperty(window, 'innerWidth', { value: 800 });" });
      await page.goto(url);
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 120_000 });
      const readyMs = await page.evaluate(() => performance.now());
      const { pixelRatio, frameMs } = await page.evaluate(
        () =>
          new Promise<{ pixelRatio: number; frameMs: number }>((resolve) => {
            const map = window.__APP__!.map;
            const times: number[] = [];
            let moving = true;
            // No named functions in here: the bench runs through tsx, whose helpers do not exist in the page.
            map.on('render', () => {
              if (moving) times.push(performance.now());
            });
            map.once('moveend', () => {
              moving = false;
              const gaps = times
                .slice(1)
                .map((t, k) => t - times[k]!)
                .sort((a, b) => a - b);
              resolve({ pixelRatio: map.getPixelRatio(), frameMs: gaps[Math.floor(gaps.length / 2)] ?? Number.NaN });
            });
            map.easeTo({ zoom: map.getZoom() + 1, duration: 1000 });
          }),
      );
      results.push({ pixelRatio, readyMs: Math.round(readyMs), frameMs: Math.round(frameMs) });
      await context.close();
    }
  }
  return results;
}
