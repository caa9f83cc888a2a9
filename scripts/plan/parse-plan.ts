import type { Plan, PlanNote } from '../../src/data/plan-types';
import { parseFrontMatter } from './front-matter';
import { noteKnownDefects } from './known-defects';
import { NoteLog } from './notes';
import { parseColumn, parseFigure } from './parse-columns';
import { parseBody } from './parse-structure';
import { sha256, splitLines } from './read-lines';
import { stringifyCompact } from './serialize';
import { compareToc } from './toc';

// The page names its source by the usual short form; the data spells it out.
const PUBLISHERS: ReadonlyMap<string, string> = new Map([['市发改委', '日喀则市发展和改革委员会 (市发改委)']]);

/** Parses the plan's text file into structured data. Pure: same text in, same object out. */
export function parsePlan(source: string, fileName: string): Plan {
  const lines = splitLines(source);
  const log = new NoteLog();
  const front = parseFrontMatter(lines, log);
  const body = parseBody(lines, front.bodyStart, log);
  const columns = body.columns.map((draft) => parseColumn(draft, log));
  const figures = body.figures.map((draft) => parseFigure(draft, log));
  const paragraphs = [...front.resolution, ...body.paragraphs];
  compareToc(front.toc, body, log);
  noteKnownDefects(lines, { ...body, paragraphs, columns, figures }, log);
  return {
    title: front.title,
    source: {
      publisher: PUBLISHERS.get(front.publisher) ?? front.publisher,
      published: front.published,
      adopted: front.adopted,
      file: fileName,
      sha256: sha256(source),
    },
    parts: body.parts,
    chapters: body.chapters,
    sections: body.sections,
    paragraphs,
    columns,
    figures,
    notes: sortNotes(log.notes),
  };
}

/** Notes in the order of the text (stable, so equal lines keep the order they were found in). */
function sortNotes(notes: readonly PlanNote[]): PlanNote[] {
  const first = (note: PlanNote): number => note.lines[0] ?? Number.MAX_SAFE_INTEGER;
  return [...notes].sort((a, b) => first(a) - first(b));
}

/** The JSON text written to geodata/plan.json. */
export function serializePlan(plan: Plan): string {
  return stringifyCompact(plan);
}
