import type { Plan } from '../../src/data/plan-types';
import type { NoteLog } from './notes';
import type { SourceLine } from './read-lines';

/**
 * Defects of the published text that no rule can repair: each is kept as published
 * and noted so that readers of the data know. `find` must occur in the text, or the
 * build fails (a stale entry means the source changed and the list needs a look).
 */
export const KNOWN_DEFECTS: readonly { find: string; message: string }[] = [
  {
    find: '坚定“四个意识”',
    message: 'reads 增强“四个意识”、坚定“四个意识”; the formula (and res.p3) is 坚定“四个自信”',
  },
  {
    find: '好于类水体',
    message: 'a character is missing: probably 好于Ⅲ类水体 (第二十七章第一节 writes Ш类水体)',
  },
  {
    find: '0.093/',
    message: 'the cell ends in "/": the rest of the figure is lost',
  },
  {
    find: '节点城镇重点乡镇城镇体系',
    message: "the heading names the third tier 节点城镇, the list itself 节点乡镇; the tier keeps the list's name",
  },
  {
    find: '吉隆县吉隆 、',
    message: 'the town name is cut short: probably 吉隆县吉隆镇',
  },
  {
    find: '打造文化+”旅游+“创意+”模式',
    message: 'the quotation marks are garbled: probably 打造“文化+”“旅游+”“创意+”模式',
  },
  {
    find: '为重点的边境产业发',
    message:
      'the paragraph breaks here and resumes with 产业,…: characters were probably lost at the break (…发[展…]产业)',
  },
];

type Indexed = Omit<Plan, 'notes' | 'title' | 'source'>;

/** Notes each known defect at the line(s) where it occurs, naming the record there. */
export function noteKnownDefects(lines: readonly SourceLine[], plan: Indexed, log: NoteLog): void {
  const idAt = indexLines(plan);
  for (const defect of KNOWN_DEFECTS) {
    const found = lines.filter((line) => line.text.includes(defect.find));
    if (found.length === 0)
      throw new Error(`known defect "${defect.find}" is no longer in the text; review KNOWN_DEFECTS`);
    for (const line of found) {
      const id = idAt.get(line.no);
      log.add(
        'unrepaired',
        [line.no],
        id ? [id] : [],
        `line ${line.no}: "${defect.find}": ${defect.message}; kept as published`,
      );
    }
  }
}

/** Seed line → id of the most specific record built from it. */
function indexLines(plan: Indexed): Map<number, string> {
  const idAt = new Map<number, string>();
  const mark = (lineNos: readonly number[], id: string): void => {
    for (const no of lineNos) idAt.set(no, id);
  };
  for (const paragraph of plan.paragraphs) mark(paragraph.lines, paragraph.id);
  for (const figure of plan.figures) mark(figure.lines, figure.id);
  for (const column of plan.columns) {
    mark([column.lines[0]], column.id);
    if (column.kind === 'table') {
      for (const row of column.rows) mark(row.lines, row.id);
    } else if (column.kind === 'categories') {
      for (const group of column.groups) for (const item of group.items) mark(item.lines, item.id);
    } else {
      for (const tier of column.tiers) mark([tier.line], tier.id);
    }
  }
  return idAt;
}
