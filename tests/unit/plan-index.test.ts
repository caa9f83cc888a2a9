import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Links } from '../../src/data/links-types';
import type { Plan } from '../../src/data/plan-types';
import { crumbText } from '../../src/i18n/plan-labels';
import { buildPlanIndex, isReaderTarget } from '../../src/plan/build-plan-index';
import { excerpt, passagesOfFeature, splitBySpans } from '../../src/plan/passage-view';
import { chapterOfBlock, searchPlan } from '../../src/reader/reader-model';
import { GEODATA_DIR } from './support/geodata';

const read = <T>(file: string) => JSON.parse(readFileSync(join(GEODATA_DIR, file), 'utf8')) as T;
const index = buildPlanIndex(read<Plan>('plan.json'), read<Links>('links.json'));

describe('splitBySpans', () => {
  it('cuts a text into plain runs and mentions', () => {
    const runs = splitBySpans('推进吉隆口岸建设', [{ feature: 'port-gyirong', start: 2, end: 6 }]);
    expect(runs).toEqual([{ text: '推进' }, { text: '吉隆口岸', feature: 'port-gyirong' }, { text: '建设' }]);
  });

  it('keeps the first of two overlapping spans', () => {
    const runs = splitBySpans('桑珠孜区', [
      { feature: 'county-540202', start: 0, end: 4 },
      { feature: 'town-540202', start: 0, end: 4 },
    ]);
    expect(runs).toEqual([{ text: '桑珠孜区', feature: 'county-540202' }]);
  });

  it('gives a name two features cover to the preferred one (the panel’s own feature)', () => {
    const spans = [
      { feature: 'town-540202207', start: 0, end: 7 },
      { feature: 'county-540202', start: 0, end: 7 },
    ];
    expect(splitBySpans('桑珠孜区江当乡', spans, 'county-540202')).toEqual([
      { text: '桑珠孜区江当乡', feature: 'county-540202' },
    ]);
  });
});

describe('excerpt', () => {
  it('cuts a long passage around the first mention and moves the spans', () => {
    const text = `${'甲'.repeat(200)}吉隆镇${'乙'.repeat(200)}`;
    const cut = excerpt(text, [{ feature: 'town-540234101', start: 200, end: 203 }], 'town-540234101', 10);
    expect(cut.text).toBe(`${'甲'.repeat(10)}吉隆镇${'乙'.repeat(20)}`);
    expect(cut.spans).toEqual([{ feature: 'town-540234101', start: 10, end: 13 }]);
    expect([cut.cutBefore, cut.cutAfter]).toEqual([true, true]);
  });

  it('leaves a short passage whole', () => {
    expect(excerpt('吉隆镇', [], 'x').text).toBe('吉隆镇');
  });
});

describe('passagesOfFeature', () => {
  it("puts 吉隆镇's 副中心 paragraph first and groups its other mentions by chapter", () => {
    const found = passagesOfFeature(index, 'town-540234101');
    expect(found.primary.map((p) => p.id)).toContain('c05.s1.p2');
    const crumbs = found.primary[0]?.breadcrumb ?? [];
    expect(crumbs.map((c) => crumbText(c, 'zh'))).toEqual(['第二篇', '第五章', '第一节']);
    expect(crumbs.map((c) => crumbText(c, 'en'))).toEqual(['Part 2', 'Chapter 5', 'Section 1']);
    const orders = found.chapters.map((c) => c.passages[0]!.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('shows a split 专栏 item through its projects only', () => {
    const found = passagesOfFeature(index, 'port-gyirong');
    const projectItems = new Set(found.columns.flatMap((c) => c.projects.map((p) => p.item)));
    const itemsShown = found.chapters.flatMap((c) => c.passages.map((p) => p.id));
    expect(itemsShown.filter((id) => projectItems.has(id))).toEqual([]);
    expect(found.columns.length).toBeGreaterThan(0);
  });
});

describe('the reader model', () => {
  it('finds the chapter of a paragraph', () => {
    expect(chapterOfBlock(index, 'c26.s1.p1')).toBe('c26');
  });

  it('searches the text and returns breadcrumbs', () => {
    const hits = searchPlan(index, '吉隆镇建成市域西南部副中心城镇');
    expect(hits.map((h) => h.id)).toEqual(['c05.s1.p2']);
    expect(searchPlan(index, '   ')).toEqual([]);
  });
});

describe('where the reader can open', () => {
  it('opens at a passage or at a whole 专栏, in its chapter', () => {
    expect(['c03.s1.p2', 'col01', 'col02', 'col99', 'c99.p1'].map((id) => isReaderTarget(index, id))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([chapterOfBlock(index, 'col01'), chapterOfBlock(index, 'col02')]).toEqual(['c01', 'c02']);
  });
});
