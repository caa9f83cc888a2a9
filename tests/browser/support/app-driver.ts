import type { Page } from 'playwright-core';

/**
 * Speaks the app's language to the page: open a view, find a county on the
 * rendered map, click it. Reads the map through window.__APP__.
 */
export class AppDriver {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the app (optionally at a hash) and waits until the map is ready. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}${hash}`);
    await this.waitForReady();
  }

  async waitForReady(): Promise<void> {
    await this.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 45_000 });
  }

  /** Distinct values of a property over the features MapLibre has rendered in a layer. */
  async renderedValues(layer: string, property: string, kind?: string): Promise<string[]> {
    return this.page.evaluate(
      ([layerId, key, only]) => {
        const map = window.__APP__!.map;
        // A layer that does not exist would quietly render nothing: say so instead.
        if (!map.getLayer(layerId!)) throw new Error(`the style has no layer ${layerId}`);
        const values = map
          .queryRenderedFeatures({ layers: [layerId!] })
          // A place the filter leaves out is drawn transparent (feature-state `off`): not rendered.
          .filter((f) => f.state.off !== true && (!only || f.properties.kind === only))
          .map((f) => String(f.properties[key!]));
        return [...new Set(values)].sort();
      },
      [layer, property, kind],
    );
  }

  /** The counties the mask dims (feature-state `masked`, drawn by the county-mask layer). */
  async maskedCounties(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__APP__!.map;
      const masked = map.queryRenderedFeatures({ layers: ['county-mask'] }).filter((f) => f.state.masked === true);
      return [...new Set(masked.map((f) => String(f.properties.id)))].sort();
    });
  }

  /** Clicks a point feature of a source where the map draws it. */
  async clickFeature(source: 'towns' | 'ports' | 'parks' | 'works', id: string): Promise<void> {
    const point = await this.featurePoint(source, id);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Where a point feature of the plan is drawn, in page coordinates. */
  async featurePoint(source: 'towns' | 'ports' | 'parks' | 'works', id: string): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ([sourceId, featureId]) => {
        const { map, store } = window.__APP__!;
        const data = store.getState().data!;
        const feature = data[sourceId as 'towns'].features.find((f) => f.properties.id === featureId);
        if (!feature) throw new Error(`no feature ${featureId}`);
        const p = map.project(feature.geometry.coordinates as [number, number]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      [source, id],
    );
  }

  /** Clicks the map where a county's name is written (inside the county, on screen). */
  async clickCounty(name: string): Promise<void> {
    const point = await this.countyPoint(name);
    await this.page.mouse.click(point.x, point.y);
  }

  async hoverCounty(name: string): Promise<void> {
    const point = await this.countyPoint(name);
    await this.page.mouse.move(point.x - 5, point.y);
    await this.page.mouse.move(point.x, point.y);
  }

  /** The page coordinates of a county's label anchor. */
  private async countyPoint(name: string): Promise<{ x: number; y: number }> {
    return this.page.evaluate((countyName) => {
      const { map, store } = window.__APP__!;
      const county = store.getState().data!.counties.features.find((f) => f.properties.name === countyName);
      if (!county) throw new Error(`no county ${countyName}`);
      const p = map.project(county.properties.label_at);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, name);
  }

  /**
   * The colours (RGBA) of a freshly drawn frame at points given in CSS pixels
   * of the map: what a viewer sees there.
   */
  async canvasPixels(points: readonly { x: number; y: number }[]): Promise<number[][]> {
    return this.page.evaluate(async (at) => {
      const { map } = window.__APP__!;
      // The WebGL buffer is only readable during the frame that drew it.
      const drawn = new Promise<void>((resolve) => map.once('render', () => resolve()));
      map.triggerRepaint();
      await drawn;
      const canvas = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      const ratio = canvas.width / canvas.clientWidth;
      return at.map(({ x, y }) => {
        const [px, py] = [Math.round(x * ratio), Math.round(y * ratio)];
        if (px < 0 || py < 0 || px >= copy.width || py >= copy.height) return [0, 0, 0, 0];
        const i = 4 * (py * copy.width + px);
        return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      });
    }, points);
  }

  /** The share of the map (sampled every 8 px) that differs from the background paper: proof that something was drawn. */
  async paintedShare(): Promise<number> {
    const { w, h } = await this.page.evaluate(() => {
      const canvas = window.__APP__!.map.getCanvas();
      return { w: canvas.clientWidth, h: canvas.clientHeight };
    });
    const grid: { x: number; y: number }[] = [];
    for (let y = 0; y < h; y += 8) for (let x = 0; x < w; x += 8) grid.push({ x, y });
    const pixels = await this.canvasPixels(grid);
    // A cleared or unreadable buffer is transparent; the background paper is #f3f0e8.
    const painted = pixels.filter(
      ([r, g, b, a]) => a! > 200 && Math.abs(r! - 0xf3) + Math.abs(g! - 0xf0) + Math.abs(b! - 0xe8) > 30,
    );
    return painted.length / pixels.length;
  }

  /**
   * Visible text (and accessible names, titles, placeholders) with Chinese in it
   * that is not inside an element marked lang="zh-CN": what an English reader
   * would meet untranslated and unannounced. Each entry names its element.
   */
  async unmarkedChinese(): Promise<string[]> {
    return this.page.evaluate(() => {
      const cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
      const marked = (el: Element) => el.closest('body [lang="zh-CN"]') !== null;
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const where = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !cjk.test(node.nodeValue ?? '') || marked(el) || !visible(el)) continue;
        found.push(`${where(el)}: ${node.nodeValue!.trim().slice(0, 60)}`);
      }
      for (const el of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
        if (marked(el)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name);
          if (value && cjk.test(value)) found.push(`${where(el)}[${name}]: ${value.slice(0, 60)}`);
        }
      }
      return [...new Set(found)];
    });
  }
}
