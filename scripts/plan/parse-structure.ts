import type { PlanChapter, PlanParagraph, PlanPart, PlanSection } from '../../src/data/plan-types';
import { classifyLine, type Heading } from './classify';
import { type NoteLog, noteSplit } from './notes';
import { isBlank, type SourceLine } from './read-lines';
import { endsSentence, nextNonBlank, readProseRun } from './sentences';

/** Where a block sits in the plan. */
export interface Location {
  part: number;
  chapter: number;
  section: number | null;
}

/** A 专栏 as found in the body, before its content is parsed. */
export interface ColumnDraft {
  id: string;
  /** The column's number: printed, or (when the heading lost it) the next in sequence. */
  number: number;
  /** Number printed in the heading; null when the heading lost it. */
  printedNumber: number | null;
  /** Heading text after `专栏` and the number. */
  rest: string;
  heading: SourceLine;
  content: SourceLine[];
  location: Location;
}

/** An image placeholder and the caption line under it. */
export interface FigureDraft {
  id: string;
  number: number;
  image: SourceLine;
  imageName: string;
  caption: SourceLine | null;
  location: Location;
}

export interface BodyStructure {
  parts: PlanPart[];
  chapters: PlanChapter[];
  sections: PlanSection[];
  paragraphs: PlanParagraph[];
  columns: ColumnDraft[];
  figures: FigureDraft[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
export const partId = (n: number): string => `pt${pad2(n)}`;
export const chapterId = (n: number): string => `c${pad2(n)}`;
export const sectionId = (chapter: number, n: number): string => `${chapterId(chapter)}.s${n}`;

// A figure caption is the image's number and its title, e.g. `1  “十四五时期…示意图`.
const CAPTION = /^(?:图\s*)?\d+\s+\S/;

/**
 * Walks the body (from the preface on) and builds parts, chapters, sections and
 * paragraphs with structural ids; 专栏 and figures are returned as drafts.
 * Heading numbers must run in sequence, or the build fails with the line number.
 */
export function parseBody(lines: readonly SourceLine[], bodyStart: number, log: NoteLog): BodyStructure {
  const walker = new BodyWalker(lines, log);
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    const cls = classifyLine(line);
    switch (cls.kind) {
      case 'blank':
        break;
      case 'toc':
        throw new Error(`seed line ${line.no}: a second table of contents inside the body`);
      case 'heading':
        walker.heading(cls.heading, line);
        break;
      case 'column':
        i = walker.column(cls.number, cls.rest, i);
        break;
      case 'image':
        i = walker.figure(cls.name, i);
        break;
      case 'prose':
        i = walker.paragraph(i);
        break;
    }
  }
  return walker.out;
}

/** The walk's state: the open part, chapter and section, and the records so far. */
class BodyWalker {
  readonly out: BodyStructure = { parts: [], chapters: [], sections: [], paragraphs: [], columns: [], figures: [] };
  private part: PlanPart | null = null;
  private chapter: PlanChapter | null = null;
  private section: PlanSection | null = null;
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly lines: readonly SourceLine[],
    private readonly log: NoteLog,
  ) {}

  heading(h: Heading, line: SourceLine): void {
    if (h.level === 'part') this.openPart(h, line.no);
    else if (h.level === 'chapter') this.openChapter(h, line.no);
    else this.openSection(h, line.no);
    if (line.text !== line.text.trim()) {
      const id = this.section?.id ?? this.chapter?.id ?? this.part?.id ?? '';
      this.log.add(
        'heading-whitespace',
        [line.no],
        [id],
        `line ${line.no}: heading "${line.text}" starts with a space; trimmed`,
      );
    }
  }

  /** Reads a 专栏: its heading at `lines[at]` and the prose lines up to the next heading, 专栏 or image. */
  column(printedNumber: number | null, rest: string, at: number): number {
    const heading = this.line(at);
    const content: SourceLine[] = [];
    let j = at + 1;
    for (; j < this.lines.length; j++) {
      const next = this.line(j);
      if (isBlank(next)) continue;
      if (classifyLine(next).kind !== 'prose') break;
      content.push(next);
    }
    const number = this.out.columns.length + 1;
    if (printedNumber !== null && printedNumber !== number) {
      throw new Error(`seed line ${heading.no}: 专栏${printedNumber} out of sequence (expected ${number})`);
    }
    const id = `col${pad2(number)}`;
    const location = this.location('专栏', heading.no);
    this.out.columns.push({ id, number, printedNumber, rest, heading, content, location });
    this.blocks()?.push(id);
    return j - 1;
  }

  /** Reads an image placeholder at `lines[at]` and the caption line under it. */
  figure(imageName: string, at: number): number {
    const image = this.line(at);
    const next = nextNonBlank(this.lines, at + 1);
    const candidate = next < 0 ? undefined : this.lines[next];
    const caption =
      candidate && classifyLine(candidate).kind === 'prose' && CAPTION.test(candidate.text.trim()) ? candidate : null;
    const number = this.out.figures.length + 1;
    const printed = caption ? Number(/\d+/.exec(caption.text)?.[0]) : number;
    if (printed !== number)
      throw new Error(`seed line ${image.no}: figure ${printed} out of sequence (expected ${number})`);
    const id = `fig${number}`;
    this.out.figures.push({ id, number, image, imageName, caption, location: this.location('figure', image.no) });
    this.blocks()?.push(id);
    return caption ? next : at;
  }

  /** Reads the paragraph starting at `lines[at]`, rejoining a split one. */
  paragraph(at: number): number {
    const run = readProseRun(this.lines, at);
    const pieces = run.indexes.map((index) => this.line(index));
    const lineNos = pieces.map((piece) => piece.no);
    const key = this.section?.id ?? this.chapter?.id ?? this.part?.id ?? 'pre';
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const id = `${key}.p${n}`;
    if (pieces.length > 1)
      noteSplit(
        this.log,
        id,
        lineNos,
        pieces.map((piece) => piece.text),
      );
    if (!endsSentence(run.text)) {
      this.log.add(
        'unrepaired',
        [lineNos[lineNos.length - 1] ?? 0],
        [id],
        `${id} ends without sentence-final punctuation ("…${run.text.slice(-8)}") and no prose line continues it; kept as published`,
      );
    }
    this.out.paragraphs.push({
      id,
      part: this.part?.number ?? null,
      chapter: this.chapter?.number ?? null,
      section: this.section?.number ?? null,
      text: run.text,
      lines: lineNos,
    });
    this.blocks()?.push(id);
    return run.indexes[run.indexes.length - 1] ?? at;
  }

  private openPart(h: Heading, line: number): void {
    expectNumber(h, this.out.parts.length + 1, line);
    this.part = {
      id: partId(h.number),
      number: h.number,
      label: h.label,
      title: h.title,
      line,
      chapters: [],
      blocks: [],
    };
    this.out.parts.push(this.part);
    this.chapter = null;
    this.section = null;
  }

  private openChapter(h: Heading, line: number): void {
    const part = this.part;
    if (!part) throw new Error(`seed line ${line}: chapter before any part`);
    expectNumber(h, this.out.chapters.length + 1, line);
    const { number, label, title } = h;
    this.chapter = { id: chapterId(number), part: part.number, number, label, title, line, sections: [], blocks: [] };
    this.out.chapters.push(this.chapter);
    part.chapters.push(this.chapter.id);
    this.section = null;
  }

  private openSection(h: Heading, line: number): void {
    const { part, chapter } = this;
    if (!part || !chapter) throw new Error(`seed line ${line}: section before any chapter`);
    expectNumber(h, chapter.sections.length + 1, line);
    const { number, label, title } = h;
    const id = sectionId(chapter.number, number);
    this.section = { id, part: part.number, chapter: chapter.number, number, label, title, line, blocks: [] };
    this.out.sections.push(this.section);
    chapter.sections.push(id);
  }

  /** The block list of the innermost open container; null before the first part (the preface). */
  private blocks(): string[] | null {
    return this.section?.blocks ?? this.chapter?.blocks ?? this.part?.blocks ?? null;
  }

  private location(what: string, line: number): Location {
    if (!this.part || !this.chapter) throw new Error(`seed line ${line}: ${what} outside any chapter`);
    return { part: this.part.number, chapter: this.chapter.number, section: this.section?.number ?? null };
  }

  private line(index: number): SourceLine {
    const line = this.lines[index];
    if (!line) throw new Error(`line index ${index} out of range`);
    return line;
  }
}

function expectNumber(heading: Heading, expected: number, line: number): void {
  if (heading.number !== expected) {
    throw new Error(`seed line ${line}: ${heading.label} out of sequence (expected number ${expected})`);
  }
}
