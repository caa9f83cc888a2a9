import type { Position } from 'geojson';
import type { Piece } from './gshhg';

const key = (p: Position) => `${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`;

/**
 * Joins pieces of the same level that GSHHG's bins cut apart: two pieces meet
 * end to end where exactly two ends of that level share a point. Where three
 * or more meet (a confluence) they stay apart, so one line is one stretch of river.
 */
export function stitch(pieces: readonly Piece[]): Piece[] {
  const byLevel = new Map<number, Position[][]>();
  for (const p of pieces) byLevel.set(p.level, [...(byLevel.get(p.level) ?? []), p.coordinates]);
  const out: Piece[] = [];
  for (const [level, lines] of [...byLevel].sort((a, b) => a[0] - b[0])) {
    for (const coordinates of joinLines(lines)) out.push({ level, coordinates });
  }
  return out;
}

function joinLines(input: Position[][]): Position[][] {
  const lines = input.map((l) => [...l]);
  const ends = new Map<string, number[]>();
  const addEnd = (p: Position, i: number) => ends.set(key(p), [...(ends.get(key(p)) ?? []), i]);
  lines.forEach((l, i) => {
    addEnd(l[0]!, i);
    addEnd(l[l.length - 1]!, i);
  });
  const used = new Set<number>();
  const partnerAt = (p: Position, owner: number): number | undefined => {
    const at = ends.get(key(p)) ?? [];
    if (at.length !== 2) return undefined;
    const other = at[0] === owner ? at[1] : at[0];
    return other === undefined || other === owner || used.has(other) ? undefined : other;
  };
  const out: Position[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    used.add(i);
    let line = lines[i]!;
    // Grow forwards, then backwards, while the end meets exactly one other piece.
    for (const forwards of [true, false]) {
      let owner = i;
      for (;;) {
        const end = forwards ? line[line.length - 1]! : line[0]!;
        const j = partnerAt(end, owner);
        if (j === undefined) break;
        used.add(j);
        owner = j;
        let next = lines[j]!;
        const nextStartsHere = key(next[0]!) === key(end);
        if (forwards) {
          if (!nextStartsHere) next = [...next].reverse();
          line = [...line, ...next.slice(1)];
        } else {
          if (nextStartsHere) next = [...next].reverse();
          line = [...next.slice(0, -1), ...line];
        }
      }
    }
    out.push(line);
  }
  return out;
}
