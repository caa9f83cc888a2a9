import { classifyLine } from './classify';
import { isBlank, type SourceLine } from './read-lines';

// Characters a finished paragraph (or a lead-in such as `…发展定位是:`) may end with.
const FINAL = /[。！？!?；;：:…”’」』]$/;

/** True when the text ends like a finished sentence. */
export function endsSentence(text: string): boolean {
  return FINAL.test(text.trimEnd());
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line && !isBlank(line)) return i;
  }
  return -1;
}

export interface ProseRun {
  /** Indexes into `lines` of the pieces, in order. */
  indexes: number[];
  text: string;
}

/**
 * Reads one paragraph starting at `lines[start]` (a prose line). The source breaks
 * some paragraphs mid-sentence across a blank line (e.g. `…贯彻落实自` / `治区第十次…`):
 * while a piece does not end a sentence and the next non-blank line is prose again,
 * that line continues the paragraph and is joined without a separator.
 */
export function readProseRun(lines: readonly SourceLine[], start: number): ProseRun {
  const indexes = [start];
  let text = lines[start]?.text ?? '';
  for (;;) {
    if (endsSentence(text)) break;
    const next = nextNonBlank(lines, (indexes[indexes.length - 1] ?? start) + 1);
    const nextLine = next < 0 ? undefined : lines[next];
    if (!nextLine || classifyLine(nextLine).kind !== 'prose') break;
    indexes.push(next);
    text += nextLine.text;
  }
  return { indexes, text };
}
