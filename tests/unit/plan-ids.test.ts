import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_JSON, readPlanJson, readSeed, seedFileName, seedPath } from '../../scripts/plan/files';
import { parsePlan, serializePlan } from '../../scripts/plan/parse-plan';
import type { Plan } from '../../src/data/plan-types';

const plan = readPlanJson();

/** Every id the data defines, in one list. */
function allIds(data: Plan): string[] {
  const ids: string[] = [
    ...data.parts.map((p) => p.id),
    ...data.chapters.map((c) => c.id),
    ...data.sections.map((s) => s.id),
    ...data.paragraphs.map((p) => p.id),
    ...data.figures.map((f) => f.id),
  ];
  for (const column of data.columns) {
    ids.push(column.id);
    if (column.kind === 'table') ids.push(...column.rows.map((r) => r.id));
    if (column.kind === 'categories') {
      for (const group of column.groups) ids.push(group.id, ...group.items.map((i) => i.id));
    }
    if (column.kind === 'town-system') {
      for (const tier of column.tiers) ids.push(tier.id, ...tier.entries.map((e) => e.id));
    }
  }
  return ids;
}

const parseSeed = (): Plan => {
  const path = seedPath({});
  return parsePlan(readSeed(path), seedFileName(path));
};

describe('plan.json ids', () => {
  it('are unique', () => {
    const ids = allIds(plan);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are ASCII', () => {
    expect(allIds(plan).filter((id) => !/^[a-z0-9.]+$/.test(id))).toEqual([]);
  });

  it('name the 年楚河 core-zone paragraph c03.s1.p1', () => {
    const paragraph = plan.paragraphs.find((p) => p.id === 'c03.s1.p1');
    expect(paragraph?.text.startsWith('年楚河高原经济高质量发展核心区。以桑珠孜区为中心')).toBe(true);
    expect(paragraph).toMatchObject({ part: 2, chapter: 3, section: 1, lines: [1135] });
  });

  it('put the four 一核两带一廊 paragraphs in c03.s1, in order', () => {
    const leads = [
      '年楚河高原经济高质量发展核心区',
      '雅江中上游生态文明高地建设带',
      '喜马拉雅中段强边建设带',
      '面向南亚开发开放合作走廊',
    ];
    const inSection = plan.paragraphs.filter((p) => p.id.startsWith('c03.s1.'));
    expect(inSection.map((p) => p.id)).toEqual(['c03.s1.p1', 'c03.s1.p2', 'c03.s1.p3', 'c03.s1.p4']);
    expect(inSection.map((p) => p.text.split('。')[0])).toEqual(leads);
  });

  it('name lead paragraphs by their container (preface, part, chapter)', () => {
    expect(plan.paragraphs.find((p) => p.id === 'pre.p1')?.text.startsWith('根据《中共日喀则市委员会')).toBe(true);
    expect(plan.paragraphs.find((p) => p.id === 'pt02.p1')?.text.startsWith('坚持实施主体功能区战略')).toBe(true);
    expect(plan.paragraphs.find((p) => p.id === 'c03.p1')?.text.startsWith('立足日喀则市区位条件')).toBe(true);
  });

  it('match the structure each record says it sits in', () => {
    const wrong = plan.paragraphs.filter((p) => {
      if (p.section !== null) return !p.id.startsWith(`c${String(p.chapter).padStart(2, '0')}.s${p.section}.p`);
      if (p.chapter !== null) return !p.id.startsWith(`c${String(p.chapter).padStart(2, '0')}.p`);
      if (p.part !== null) return !p.id.startsWith(`pt${String(p.part).padStart(2, '0')}.p`);
      return !/^(res|pre)\.p\d+$/.test(p.id);
    });
    expect(wrong.map((p) => p.id)).toEqual([]);
  });

  it('resolve every reference (chapters, sections, blocks, note ids)', () => {
    const ids = new Set(allIds(plan));
    const refs = [
      ...plan.parts.flatMap((p) => [...p.chapters, ...p.blocks]),
      ...plan.chapters.flatMap((c) => [...c.sections, ...c.blocks]),
      ...plan.sections.flatMap((s) => s.blocks),
      ...plan.notes.flatMap((n) => n.ids),
    ];
    expect(refs.filter((ref) => !ids.has(ref))).toEqual([]);
  });

  it('list every paragraph, column and figure of the body in exactly one container', () => {
    const listed = [...plan.parts, ...plan.chapters, ...plan.sections].flatMap((container) => container.blocks);
    const body = [
      ...plan.paragraphs.filter((p) => p.part !== null).map((p) => p.id),
      ...plan.columns.map((c) => c.id),
      ...plan.figures.map((f) => f.id),
    ];
    expect([...listed].sort()).toEqual([...body].sort());
  });

  it('are the same when the parser runs twice', () => {
    expect(serializePlan(parseSeed())).toBe(serializePlan(parseSeed()));
  });

  it('of the committed plan.json are those the parser produces from the seed file (byte for byte)', () => {
    expect(readFileSync(PLAN_JSON, 'utf8')).toBe(serializePlan(parseSeed()));
  });
});
