import { describe, expect, it } from 'vitest';
import { readPlanJson, readSeed, seedPath } from '../../scripts/plan/files';

const plan = readPlanJson();
const seed = readSeed(seedPath({}));
const seedLines = seed.split('\n').map((line) => line.trimEnd());
const lineText = (no: number): string => seedLines[no - 1] ?? '';

describe('plan.json text', () => {
  it('reproduces every single-line paragraph verbatim as a substring of the seed file', () => {
    const missing = plan.paragraphs.filter((p) => p.lines.length === 1 && !seed.includes(p.text)).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it('reproduces every paragraph as the concatenation of the seed lines it names', () => {
    const wrong = plan.paragraphs.filter((p) => p.text !== p.lines.map(lineText).join('')).map((p) => p.id);
    expect(wrong).toEqual([]);
  });

  it('trims trailing spaces only (line 1131 ends in two spaces in the seed)', () => {
    expect(plan.paragraphs.find((p) => p.id === 'c03.p1')?.text.endsWith('国土空间开发保护格局。')).toBe(true);
  });

  it('keeps the punctuation of the published text (ASCII commas and parentheses as in the file)', () => {
    const paragraph = plan.paragraphs.find((p) => p.id === 'c03.s1.p2');
    expect(paragraph?.text).toContain('涵盖仲巴县(非边境沿线区域)、萨嘎县(非边境沿线区域)、昂仁县');
  });

  it('takes every column item, category name and indicator cell from its own seed line', () => {
    const stray: string[] = [];
    for (const column of plan.columns) {
      if (column.kind === 'categories') {
        for (const group of column.groups) {
          if (!lineText(group.line).includes(group.label)) stray.push(group.id);
          for (const item of group.items) {
            if (!item.lines.map(lineText).join('').includes(item.text)) stray.push(item.id);
          }
        }
      } else if (column.kind === 'table') {
        for (const row of column.rows) {
          if (row.published.join('|') !== row.lines.map((no) => lineText(no).trim()).join('|')) stray.push(row.id);
        }
      } else {
        for (const tier of column.tiers) {
          if (lineText(tier.line) !== tier.text) stray.push(tier.id);
          for (const entry of tier.entries) if (!tier.text.includes(entry.written)) stray.push(entry.id);
        }
      }
    }
    expect(stray).toEqual([]);
  });

  it('drops the image placeholders from the text', () => {
    expect(plan.paragraphs.filter((p) => /图片\d+\.png/.test(p.text))).toEqual([]);
    expect(plan.figures.map((f) => f.image)).toEqual(['图片1.png', '图片2.png']);
  });
});
