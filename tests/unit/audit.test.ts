import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAudit } from '../../scripts/audit/build-report';
import { featureIndex } from '../../scripts/audit/features';
import { readAuditInputs } from '../../scripts/audit/inputs';
import { auditJson, auditMarkdown } from '../../scripts/audit/markdown';
import { type CountFinding, checkCounts, findCounts } from '../../scripts/audit/section-counts';
import { GEODATA_DIR, REPO_ROOT } from '../../scripts/links/files';
import { buildPlanIndex } from '../../src/plan/build-plan-index';

const inputs = readAuditInputs(GEODATA_DIR);
const { report, failures } = buildAudit(inputs);
const section = (id: string) => {
  const found = report.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const rowNamed = (id: string, name: string) => section(id).rows.find((r) => r.name === name);

describe('the text–map audit of the committed data', () => {
  it('finds no count that disagrees with the data unexplained', () => {
    expect(failures).toEqual([]);
  });

  it('is what geodata/audit.json and docs/audit.md hold (run npm run audit after a data change)', () => {
    expect(readFileSync(join(GEODATA_DIR, 'audit.json'), 'utf8')).toBe(auditJson(report));
    expect(readFileSync(join(REPO_ROOT, 'docs', 'audit.md'), 'utf8')).toBe(auditMarkdown(report));
  });

  it('links every row to passages the reader can open and features that exist', () => {
    const index = buildPlanIndex(inputs.plan, inputs.links);
    const features = new Set(featureIndex(inputs).keys());
    for (const s of report.sections)
      for (const row of s.rows) {
        for (const ref of row.refs) expect(index.passages.has(ref), `${s.id} ${row.name}: ${ref}`).toBe(true);
        for (const id of row.features) expect(features.has(id), `${s.id} ${row.name}: ${id}`).toBe(true);
      }
  });

  it('reports 切洼乡/切娃乡 and 达那答乡/达那塔乡 as names that differ, on their towns', () => {
    expect(rowNamed('names', '切洼乡 / 切娃乡')).toMatchObject({ status: 'variant', features: ['town-540229205'] });
    expect(rowNamed('names', '切洼乡 / 切娃乡')?.refs).toEqual(['c03.s3.p3', 'col04.t4']);
    expect(rowNamed('names', '达那答乡 / 达那塔乡')).toMatchObject({ status: 'variant', features: ['town-540227215'] });
  });

  it('reconciles the town system’s tiers, 1/5/16/24, with the towns of each tier', () => {
    const tiers = section('counts').rows.filter((r) => r.refs.length === 1 && r.refs[0]?.startsWith('col04.t'));
    expect(tiers.map((r) => [r.plan, r.data, r.status])).toEqual([
      [1, 1, 'agrees'],
      [5, 5, 'agrees'],
      [16, 16, 'agrees'],
      [24, 24, 'agrees'],
    ]);
  });

  it('lists every township of 仲巴县 and 萨嘎县 with the evidence for its side of the border split', () => {
    const rows = section('border').rows;
    expect(rows).toHaveLength(21);
    expect(rows.filter((r) => r.name.startsWith('仲巴县'))).toHaveLength(13);
    const lazang = rowNamed('border', '萨嘎县拉藏乡');
    expect(lazang?.status).toBe('village-record');
    expect(lazang?.features).toEqual(['county-540236-border', 'county-540236']);
    expect(lazang?.note).toMatch(/^边境沿线, on 久嘎村、门曲村 recorded as 边境村: .*nmhdgaokao\.com/);
    const payang = rowNamed('border', '仲巴县帕羊镇');
    expect(payang?.status).toBe('geometric');
    expect(payang?.features).toEqual(['county-540232-inland', 'county-540232']);
    expect(payang?.note).toContain('The sources are silent.');
    // Each row cites the paragraphs that make the split.
    expect(rows.every((r) => r.refs.includes('c03.s1.p3'))).toBe(true);
  });

  it('counts the 9个边境县 (c01.s2.p1) as the nine border counties', () => {
    const row = rowNamed('counts', '9个边境县');
    expect(row).toMatchObject({ status: 'agrees', plan: 9, data: 9, refs: ['c01.s2.p1'] });
    expect(row?.features).toContain('county-540234');
  });

  it('explains the 九大园区 by the reviewed table, as the plan lists twelve parks', () => {
    expect(rowNamed('counts', '“九大园区”')).toMatchObject({ status: 'explained', plan: 9, data: 12 });
  });

  it('tells mapped, unmapped and unplaced places apart', () => {
    expect(rowNamed('places', '吉隆口岸')?.status).toBe('mapped');
    expect(rowNamed('places', 'G216线孔唐拉隧道')).toMatchObject({
      status: 'known-unmapped',
      features: ['tunnel-g216-kongtangla'],
    });
    // 吉隆县贡当乡汝村 (c03.s3.p3): a township and a village no feature holds, shown on the county.
    expect(rowNamed('places', '贡当乡')).toMatchObject({ status: 'not-placed', features: ['county-540234'] });
    expect(rowNamed('places', '汝村')).toMatchObject({ status: 'not-placed', refs: ['c03.s3.p3'] });
  });

  it('gives every placeless project a reason', () => {
    const placeless = section('projects').rows.filter((r) => r.status === 'no-place');
    expect(placeless.length).toBeGreaterThan(0);
    for (const row of placeless) expect(row.note).toMatch(/^col\d\d\.g\d+\.i\d+\.p\d+: \S/);
    expect(section('projects').rows.find((r) => r.note.startsWith('col05.g4.i1.p1:'))?.note).toContain(
      'Counts of counties',
    );
  });
});

describe('checkCounts', () => {
  const finding: CountFinding = {
    statement: 'parks',
    words: '“九大园区”',
    what: 'parks',
    plan: 9,
    data: 8,
    refs: ['c14.s2.p1'],
    features: [],
  };

  it('fails on a disagreement no review explains', () => {
    const check = checkCounts([finding], []);
    expect(check.rows[0]?.status).toBe('differs');
    expect(check.failures).toHaveLength(1);
    expect(check.failures[0]).toContain('the plan says 9, the data hold 8');
  });

  it('accepts a disagreement the review explains, with its reason', () => {
    const check = checkCounts([finding], [{ statement: 'parks', plan: 9, data: 8, reason: 'checked by hand' }]);
    expect(check.failures).toEqual([]);
    expect(check.rows[0]).toMatchObject({ status: 'explained', note: 'parks. checked by hand' });
  });

  it('fails on a review that explains no disagreement (a stale entry)', () => {
    const check = checkCounts([{ ...finding, data: 9 }], [{ statement: 'parks', plan: 9, data: 8, reason: 'old' }]);
    expect(check.rows[0]?.status).toBe('agrees');
    expect(check.failures).toEqual([expect.stringContaining('stale review')]);
  });

  it('fails when the plan no longer writes a statement’s words', () => {
    const gone = { id: 'gone', words: /(七)大园区/u, what: 'parks', count: () => ({ count: 7, features: [] }) };
    expect(() => findCounts(inputs, [gone])).toThrow(/no longer writes/);
  });
});
