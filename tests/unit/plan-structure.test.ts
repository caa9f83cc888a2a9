import { describe, expect, it } from 'vitest';
import { readPlanJson } from '../../scripts/plan/files';

// The committed data, as the app reads it.
const plan = readPlanJson();

const sectionsOf = (chapterId: string): string[] => plan.chapters.find((c) => c.id === chapterId)?.sections ?? [];

describe('plan.json structure', () => {
  it('has 11 parts (篇) numbered 1 to 11', () => {
    expect(plan.parts.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('has 38 chapters (章) numbered 1 to 38', () => {
    expect(plan.chapters.map((c) => c.number)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('has 116 sections (节), as counted in the text', () => {
    expect(plan.sections).toHaveLength(116);
  });

  it('has the sections of a few chapters as the text has them', () => {
    expect(sectionsOf('c01')).toEqual(['c01.s1', 'c01.s2']);
    expect(sectionsOf('c03')).toEqual(['c03.s1', 'c03.s2', 'c03.s3']);
    expect(sectionsOf('c04')).toHaveLength(5);
    expect(sectionsOf('c05')).toHaveLength(5);
    expect(sectionsOf('c26')).toHaveLength(3);
    expect(sectionsOf('c38')).toHaveLength(4);
  });

  it('puts each chapter in its part (第二篇 holds 第三章 to 第五章)', () => {
    expect(plan.parts.find((p) => p.id === 'pt02')?.chapters).toEqual(['c03', 'c04', 'c05']);
    expect(plan.chapters.find((c) => c.id === 'c38')?.part).toBe(11);
  });

  it('keeps the body titles of parts, chapters and sections', () => {
    expect(plan.parts[0]?.title).toBe('继往开来 开启现代化建设新征程');
    expect(plan.chapters.find((c) => c.id === 'c03')?.title).toBe('优化区域空间格局');
    expect(plan.sections.find((s) => s.id === 'c03.s1')?.title).toBe('打造“一核两带一廊”新格局');
  });

  it('has 218 paragraphs: 3 of the resolution, 1 preface, 214 in the body', () => {
    expect(plan.paragraphs).toHaveLength(218);
    expect(plan.paragraphs.filter((p) => p.id.startsWith('res.'))).toHaveLength(3);
    expect(plan.paragraphs.filter((p) => p.id.startsWith('pre.'))).toHaveLength(1);
  });

  it('gives every part a lead paragraph', () => {
    expect(plan.parts.every((p) => p.blocks.length === 1)).toBe(true);
  });

  it('reads the last paragraph, on the last line of a file without a final newline', () => {
    expect(plan.paragraphs.at(-1)).toMatchObject({ id: 'c38.s4.p1', lines: [1915] });
  });

  it('names the source as published', () => {
    expect(plan.title).toBe('日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(plan.source).toMatchObject({
      publisher: '日喀则市发展和改革委员会 (市发改委)',
      published: '2021-12-30',
      adopted: '2021年12月11日日喀则市第二届人民代表大会第二次会议通过',
      file: '000_271d3f2f514edc40.txt',
    });
  });
});
