import type { PlanParagraph } from '../../src/data/plan-types';
import { classifyLine, type Heading } from './classify';
import { lineSpan, type NoteLog, noteSplit } from './notes';
import { isBlank, type SourceLine } from './read-lines';
import { readProseRun } from './sentences';

export interface FrontMatter {
  title: string;
  /** Publisher as the page names it (e.g. `市发改委`). */
  publisher: string;
  /** `YYYY-MM-DD` */
  published: string;
  /** The adoption line, without its leading dash. */
  adopted: string;
  resolution: PlanParagraph[];
  toc: TocEntry[];
  /** Index into `lines` where the body (preface, then 第一篇) begins. */
  bodyStart: number;
}

export interface TocEntry {
  heading: Heading;
  line: number;
}

const METADATA = /^(来源|浏览人数|日期):\s*(.*)$/;

/**
 * Reads everything before the body: the title, the web page's metadata lines, the
 * title block, the congress resolution (printed twice in the source; the second copy
 * is skipped) and the table of contents (kept only to cross-check the body's headings).
 */
export function parseFrontMatter(lines: readonly SourceLine[], log: NoteLog): FrontMatter {
  const titleLine = lines.find((line) => !isBlank(line));
  if (!titleLine) throw new Error('seed file is empty');
  const title = titleLine.text.trim();

  let i = titleLine.no; // index of the line after the title
  const meta = new Map<string, string>();
  const metaLines: number[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (isBlank(line)) continue;
    const match = METADATA.exec(line.text.trim());
    if (!match) break;
    meta.set(match[1] ?? '', match[2] ?? '');
    metaLines.push(line.no);
  }
  log.add(
    'page-metadata',
    metaLines,
    [],
    `${lineSpan(metaLines)}: the web page's metadata (来源, 浏览人数, 日期), not plan text; read into "source" and skipped`,
  );

  const titleBlock = readTitleBlock(lines, i, title, log);
  i = titleBlock.next;

  const tocIndex = lines.findIndex((line, index) => index >= i && classifyLine(line).kind === 'toc');
  if (tocIndex < 0) throw new Error('seed file has no table of contents (目录); the front matter cannot be delimited');
  const resolution = readResolution(lines, i, tocIndex, log);
  const { toc, bodyStart } = readToc(lines, tocIndex, log);

  const published = /^(\d{4}-\d{2}-\d{2})/.exec(meta.get('日期') ?? '')?.[1];
  const publisher = meta.get('来源');
  if (!published || !publisher) throw new Error('seed file lacks the 来源 or 日期 metadata line');
  return { title, publisher, published, adopted: titleBlock.adopted, resolution, toc, bodyStart };
}

/** The title and adoption line are broken over several lines (`…远景` / `目标纲要`). */
function readTitleBlock(
  lines: readonly SourceLine[],
  from: number,
  title: string,
  log: NoteLog,
): { adopted: string; next: number } {
  const titlePieces: SourceLine[] = [];
  const adoptionPieces: SourceLine[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (isBlank(line)) continue;
    // The resolution's first paragraph is the first full sentence.
    if (line.text.trim().endsWith('。')) break;
    if (adoptionPieces.length > 0 || line.text.trim().startsWith('——')) adoptionPieces.push(line);
    else titlePieces.push(line);
  }
  const repeatedTitle = titlePieces.map((line) => line.text.trim()).join('');
  const adopted = adoptionPieces
    .map((line) => line.text.trim())
    .join('')
    .replace(/^——/, '');
  if (repeatedTitle !== title) {
    throw new Error(`title block "${repeatedTitle}" does not repeat the title "${title}"`);
  }
  const pieces = [...titlePieces, ...adoptionPieces].map((line) => line.no);
  log.add(
    'title-block',
    pieces,
    [],
    `${lineSpan(pieces)}: the title and the adoption line are each broken over two lines; rejoined (title = line 1; adoption = "${adopted}")`,
  );
  return { adopted, next: i };
}

function readResolution(lines: readonly SourceLine[], from: number, to: number, log: NoteLog): PlanParagraph[] {
  const kept: PlanParagraph[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || isBlank(line)) continue;
    const run = readProseRun(lines.slice(0, to), i);
    const runLines = run.indexes.map((index) => lines[index]?.no ?? 0);
    i = run.indexes[run.indexes.length - 1] ?? i;
    const earlier = kept.find((paragraph) => paragraph.text === run.text);
    if (earlier) {
      log.add(
        'duplicate-resolution',
        runLines,
        [earlier.id],
        `${lineSpan(runLines)}: a word-for-word repeat of ${earlier.id} (${lineSpan(earlier.lines)}); the resolution is printed twice, the second copy is skipped`,
      );
      continue;
    }
    const id = `res.p${kept.length + 1}`;
    if (runLines.length > 1)
      noteSplit(
        log,
        id,
        runLines,
        run.indexes.map((index) => lines[index]?.text ?? ''),
      );
    kept.push({ id, part: null, chapter: null, section: null, text: run.text, lines: runLines });
  }
  return kept;
}

/**
 * The table of contents is a run of headings after 目录. It ends at the first prose
 * line (the preface) or, failing that, where its first heading comes round again.
 */
function readToc(lines: readonly SourceLine[], tocIndex: number, log: NoteLog): { toc: TocEntry[]; bodyStart: number } {
  const toc: TocEntry[] = [];
  let i = tocIndex + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    const cls = classifyLine(line);
    if (cls.kind === 'blank') continue;
    if (cls.kind !== 'heading') break;
    const first = toc[0];
    if (first && first.heading.label === cls.heading.label && first.heading.title === cls.heading.title) break;
    toc.push({ heading: cls.heading, line: line.no });
  }
  const tocLine = lines[tocIndex]?.no ?? 0;
  const lastLine = toc[toc.length - 1]?.line ?? tocLine;
  log.add(
    'table-of-contents',
    [tocLine, lastLine],
    [],
    `lines ${tocLine}–${lastLine} are the table of contents (目录, ${toc.length} headings); not parsed as body, only compared with the body's headings`,
  );
  return { toc, bodyStart: i };
}
