import { describe, expect, it } from 'vitest';
import { readPlanJson } from '../../scripts/plan/files';
import type { PlanNoteKind } from '../../src/data/plan-types';

const plan = readPlanJson();
const paragraph = (id: string) => plan.paragraphs.find((p) => p.id === id);
const column = (id: string) => plan.columns.find((c) => c.id === id);
const notesOf = (kind: PlanNoteKind) => plan.notes.filter((n) => n.kind === kind);

describe('artefacts of the source text', () => {
  it('keeps the resolution printed twice at the top only once', () => {
    const resolution = plan.paragraphs.filter((p) => p.id.startsWith('res.'));
    expect(resolution.map((p) => p.lines)).toEqual([[16], [18], [20, 22]]);
    const texts = plan.paragraphs.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('notes each skipped copy of the resolution with its lines', () => {
    expect(notesOf('duplicate-resolution').map((n) => n.lines)).toEqual([[24], [26], [28, 30]]);
  });

  it('does not parse the table of contents as body', () => {
    const firstBodyLine = Math.min(...plan.parts.map((p) => p.line), ...plan.chapters.map((c) => c.line));
    expect(firstBodyLine).toBe(370);
    const fromToc = plan.paragraphs.filter((p) => p.lines.some((no) => no >= 34 && no <= 364));
    expect(fromToc).toEqual([]);
    expect(notesOf('table-of-contents')[0]?.lines).toEqual([34, 364]);
  });

  it('notes where the table of contents and the body disagree (第八章第一节)', () => {
    expect(notesOf('toc-mismatch')).toEqual([expect.objectContaining({ lines: [104, 1279], ids: ['c08.s1'] })]);
    expect(plan.sections.find((s) => s.id === 'c08.s1')?.title).toBe('加强重点水源和灌区工程建设');
  });

  it('rejoins the paragraph of 第三十二章第二节 split mid-sentence across a blank line', () => {
    const p = paragraph('c32.s2.p1');
    expect(p?.lines).toEqual([1800, 1802]);
    expect(p?.text).toContain('为重点的边境产业发产业,支持边境乡(镇)建设');
    expect(plan.sections.find((s) => s.id === 'c32.s2')?.blocks).toEqual(['c32.s2.p1']);
  });

  it('rejoins the resolution paragraph split inside 自治区', () => {
    expect(paragraph('res.p3')?.text).toContain('贯彻落实自治区第十次党代会精神');
  });

  it('notes every rejoined split with its lines', () => {
    expect(notesOf('split-paragraph').map((n) => [n.ids, n.lines])).toEqual([
      [['res.p3'], [20, 22]],
      [['c32.s2.p1'], [1800, 1802]],
    ]);
  });

  it('does not join a paragraph that ends mid-sentence when a heading follows (第十八章第二节)', () => {
    expect(paragraph('c18.s2.p1')?.text.endsWith('推荐申报一批非遗扶贫就业工坊,')).toBe(true);
    expect(plan.notes.some((n) => n.kind === 'unrepaired' && n.ids.includes('c18.s2.p1'))).toBe(true);
  });

  it('restores the number and the closing quote of 专栏1 and keeps the raw heading', () => {
    expect(column('col01')).toMatchObject({
      number: 1,
      title: '“十三五”主要指标完成情况',
      rawHeading: '专栏\u00a0“十三五主要指标完成情况', // the source's spaces are no-break spaces
      restored: true,
    });
  });

  it('restores the lost number of 专栏3', () => {
    expect(column('col03')).toMatchObject({ number: 3, title: '乡村振兴重点项目', rawHeading: '专栏乡村振兴重点项目' });
  });

  it('restores the heading of 专栏4, whose number and separators were lost', () => {
    expect(column('col04')?.title).toBe('“中心城市—重要节点城镇—节点城镇—重点乡镇”城镇体系');
  });

  it('leaves intact column headings alone', () => {
    expect(column('col05')).toMatchObject({
      title: '水利领域重点项目',
      rawHeading: '专栏5\u00a0水利领域重点项目',
      restored: false,
    });
  });

  it('notes every repaired column heading', () => {
    expect(notesOf('column-heading').flatMap((n) => n.ids)).toEqual(['col01', 'col02', 'col03', 'col04']);
  });

  it('restores the figure captions that lost 图 and a closing quote', () => {
    expect(plan.figures.map((f) => [f.id, f.caption, f.rawCaption])).toEqual([
      ['fig1', '“十四五”时期日喀则市空间发展总体布局示意图', '1 \u00a0“十四五时期日喀则市空间发展总体布局示意图'],
      ['fig2', '“十四五”时期日喀则市城镇体系示意图', '2\u00a0\u00a0\u00a0“十四五时期日喀则市城镇体系示意图'],
    ]);
  });

  it('places each figure in the section it sits in', () => {
    expect(plan.figures.map((f) => [f.chapter, f.section])).toEqual([
      [3, 1],
      [5, 1],
    ]);
    expect(plan.sections.find((s) => s.id === 'c05.s1')?.blocks.slice(-2)).toEqual(['col04', 'fig2']);
  });

  it('notes the dropped image placeholders', () => {
    expect(notesOf('image-placeholder').map((n) => n.lines)).toEqual([[1143], [1224]]);
  });

  it('skips the table header repeated mid-table in 专栏1', () => {
    expect(notesOf('repeated-table-header').map((n) => n.lines[0])).toEqual([629]);
    const table = column('col01');
    const names = table?.kind === 'table' ? table.rows.map((r) => r.cells[0]) : [];
    expect(names).not.toContain('指标名称');
  });

  it('trims the leading space of the heading on line 1149', () => {
    expect(plan.sections.find((s) => s.id === 'c03.s2')).toMatchObject({ label: '第二节', title: '优化国土空间布局' });
    expect(notesOf('heading-whitespace').map((n) => n.ids)).toEqual([['c03.s2']]);
  });

  it('reads the page metadata into source instead of the text', () => {
    expect(notesOf('page-metadata')[0]?.lines).toEqual([3, 4, 5]);
    expect(plan.paragraphs.some((p) => p.text.includes('浏览人数'))).toBe(false);
  });

  it('gives every note lines or ids a reviewer can check', () => {
    expect(plan.notes.filter((n) => n.lines.length === 0 && n.ids.length === 0)).toEqual([]);
  });
});
