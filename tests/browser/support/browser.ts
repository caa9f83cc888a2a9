import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

export const ARTIFACTS = join(import.meta.dirname, '..', '..', '..', 'test-artifacts');

/** Debian's Chromium with the flags that let MapLibre render through SwiftShader (DESIGN.md §5). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install chromium`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Every request the page made to another origin. */
  foreignRequests: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

/** A fresh page, at 1920×1080 (a projector) unless told, without the service worker, recording foreign requests and errors. */
export async function newPage(
  browser: Browser,
  baseUrl: string,
  options: Pick<
    BrowserContextOptions,
    'reducedMotion' | 'viewport' | 'deviceScaleFactor' | 'hasTouch' | 'isMobile'
  > = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
    // Camera moves are cuts (MapLibre honours the preference): a flight re-tiles every zoom it crosses,
    // which on a software GPU costs seconds. scenes.test.ts asks for flights where it tests them.
    reducedMotion: 'reduce',
    // The service worker's precache (every chunk and data file) would download in the background of
    // every test; offline.test.ts opens its own pages, with the worker, to test it.
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, foreignRequests, errors };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
