import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** The pages of a PDF (`/Type /Page` objects) and the JPEG images it embeds (`/DCTDecode` streams). */
export function readPdf(bytes: Uint8Array): { pages: number; jpegs: Uint8Array[] } {
  const text = Buffer.from(bytes).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const jpegs: Uint8Array[] = [];
  const image = /\/Subtype\s*\/Image[\s\S]*?\/Length\s+(\d+)[\s\S]*?stream\r?\n/g;
  for (let m = image.exec(text); m; m = image.exec(text)) {
    const dict = text.slice(text.lastIndexOf('<<', m.index), m.index + m[0].length);
    if (!dict.includes('/DCTDecode')) continue;
    const start = m.index + m[0].length;
    jpegs.push(bytes.slice(start, start + Number(m[1])));
  }
  return { pages, jpegs };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The files of a zip, by name. */
export function readZip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export const isPng = (bytes: Uint8Array) => PNG_SIGNATURE.every((b, i) => bytes[i] === b);

/** What an image holds, decoded by the browser: its size, how many colours, and the share of pixels that are not white. */
export async function imageContent(page: Page, bytes: Uint8Array, type: string) {
  return page.evaluate(
    async ([base64, mime]) => {
      const data = Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: mime }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      let inked = 0;
      let sampled = 0;
      for (let i = 0; i < pixels.length; i += 4 * 97) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        if (r < 235 || g < 235 || b < 235) inked++;
        sampled++;
      }
      return { width: bitmap.width, height: bitmap.height, colours: colours.size, inked: inked / sampled };
    },
    [Buffer.from(bytes).toString('base64'), type] as const,
  );
}
