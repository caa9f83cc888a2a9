import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { AppDriver } from './app-driver';
import { launchBrowser, newPage } from './browser';

/**
 * One Chromium per test file (launched before, closed after); `openApp` gives
 * each test a fresh page on the production build, ready, with its errors.
 */
export function browserSession() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser,
    openApp: async (hash = '', options: Parameters<typeof newPage>[2] = {}) => {
      const { page, errors, foreignRequests } = await newPage(browser, inject('baseUrl'), options);
      const app = new AppDriver(page, inject('baseUrl'));
      await app.open(hash);
      return { page, app, errors, foreignRequests };
    },
  };
}
