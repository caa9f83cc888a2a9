import { correction, generate } from 'lean-qr';

/** Error correction M (15% of the code may be lost): a printed or projected code survives a glare or a smudge. */
const CORRECTION = 'M';

/** The QR code of a text as one SVG path of its dark modules, with the 4-module quiet zone the standard asks for. */
export function qrSvgPath(text: string): { path: string; size: number; version: number } {
  const code = generate(text, { minCorrectionLevel: correction[CORRECTION] });
  const quiet = 4;
  const runs: string[] = [];
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      // Runs of dark modules on a row as one rectangle each: a few hundred commands, not thousands.
      let end = x;
      while (end + 1 < code.size && code.get(end + 1, y)) end++;
      runs.push(`M${x + quiet} ${y + quiet}h${end - x + 1}v1h${-(end - x + 1)}z`);
      x = end;
    }
  }
  return { path: runs.join(''), size: code.size + 2 * quiet, version: (code.size - 17) / 4 };
}
