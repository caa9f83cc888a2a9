/**
 * Renders the app's PNG icons from public/icons/icon.svg with Chromium
 * (`npx tsx scripts/render-icons.ts`). The maskable icon keeps the drawing inside
 * the central safe zone (80 %) on a full-bleed paper background.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/browser/support/browser.ts';

const ICONS = join(import.meta.dirname, '..', 'public', 'icons');
const svg = readFileSync(join(ICONS, 'icon.svg'), 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await launchBrowser();
const page = await browser.newPage();
for (const { file, size, inset } of [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
]) {
  await page.setViewportSize({ width: size, height: size });
  const pad = Math.round(size * inset);
  await page.setContent(
    `<body style="margin:0;background:${inset ? '#f3f0e8' : 'transparent'}">` +
      `<img src="${svgUrl}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body>`,
  );
  await page.screenshot({ path: join(ICONS, file), omitBackground: !inset });
}
await browser.close();
