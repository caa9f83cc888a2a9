import { createHash } from 'node:crypto';

/** One line of the seed file: its 1-based number and its text with trailing whitespace trimmed. */
export interface SourceLine {
  no: number;
  text: string;
}

/** Splits the seed text into numbered lines (trailing whitespace trimmed, leading kept). */
export function splitLines(source: string): SourceLine[] {
  // The file may or may not end with a newline; a final empty string is not a line.
  const raw = source.replace(/\r\n?/g, '\n').split('\n');
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((text, index) => ({ no: index + 1, text: text.trimEnd() }));
}

/** True for an empty line or one holding only whitespace (the text has lines of a single space). */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

export function sha256(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex');
}
