import type { PlanNote, PlanNoteKind } from '../../src/data/plan-types';

/** Collects notes in the order the parser meets the artefacts (so output order is stable). */
export class NoteLog {
  readonly notes: PlanNote[] = [];

  add(kind: PlanNoteKind, lines: number[], ids: string[], message: string): void {
    this.notes.push({ kind, lines, ids, message });
  }
}

/** `lines 16–22` or `line 16` for a note's message. */
export function lineSpan(lines: readonly number[]): string {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return 'no line';
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/** Records a paragraph rejoined from pieces split across blank lines. */
export function noteSplit(log: NoteLog, id: string, lines: number[], pieces: readonly string[]): void {
  const junctions = pieces
    .slice(1)
    .map((piece, k) => `"…${(pieces[k] ?? '').slice(-6)}|${piece.slice(0, 6)}…"`)
    .join(', ');
  log.add(
    'split-paragraph',
    lines,
    [id],
    `lines ${lines.join(' + ')}: a paragraph broken mid-sentence across a blank line; rejoined into ${id} without a separator at ${junctions}`,
  );
}
