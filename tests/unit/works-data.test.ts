import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanIntersects, booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import * as GJV from 'geojson-validation';
import { describe, expect, it } from 'vitest';
import { STATUS_VERBS, type WorksFile } from '../../scripts/geodata/work-facts';
import type { Links } from '../../src/data/links-types';
import type { Plan } from '../../src/data/plan-types';
import type { CountyProps, WorkProps } from '../../src/data/types';
import { schemaProblems, WORK_KINDS } from './support/feature-schema';
import { GEODATA_DIR, readGeojson } from './support/geodata';

const read = <T>(file: string): T => JSON.parse(readFileSync(join(GEODATA_DIR, file), 'utf8')) as T;
const works = readGeojson<WorkProps>('works.geojson');
const sources = read<WorksFile>(join('sources', 'works.json'));
const plan = read<Plan>('plan.json');
const links = read<Links>('links.json');
const counties = readGeojson<CountyProps>('counties.geojson').features as Feature<
  Polygon | MultiPolygon,
  CountyProps
>[];

const paragraphs = new Map(plan.paragraphs.map((p) => [p.id, p.text]));
const projects = new Map(links.projects.map((p) => [p.id, p]));
const textsOf = (w: WorkProps): string[] => [
  ...w.passages.map((id) => paragraphs.get(id) ?? ''),
  ...w.projects.map((id) => projects.get(id)?.text ?? ''),
];
const all = works.features.map((f) => f.properties);
const byName = (name: string) => all.find((w) => w.name === name);

describe('geodata/works.geojson', () => {
  it('is valid GeoJSON and matches the works contract', () => {
    expect(GJV.valid(works, true)).toEqual([]);
    expect(schemaProblems('works.geojson', works.features)).toEqual([]);
    for (const w of all) expect(WORK_KINDS).toContain(w.kind);
  });

  it('names the works a planner asks about, with the plan’s spelling', () => {
    for (const name of [
      '中尼铁路日喀则至吉隆段',
      '新藏铁路和田至佩估措段',
      '定日机场',
      '湘河水利枢纽',
      'G216线孔唐拉隧道',
      '嘉龙措',
      '西藏珠穆朗玛峰国家级自然保护区',
      '扎什伦布寺',
    ]) {
      expect(byName(name), name).toBeDefined();
    }
  });

  it('cites only passages and projects that exist, each naming the work', () => {
    for (const w of all) {
      expect(w.passages.length + w.projects.length, w.id).toBeGreaterThan(0);
      for (const id of w.passages) expect(paragraphs.has(id), `${w.id}: ${id}`).toBe(true);
      for (const id of w.projects) expect(projects.has(id), `${w.id}: ${id}`).toBe(true);
    }
    expect(byName('定日机场')?.passages).toEqual(['c06.s2.p1']);
    expect(paragraphs.get('c06.s2.p1')).toContain('加快建设、运营定日机场');
  });

  it('gives every work but heritage sites and protected areas a status whose verb is in its passage', () => {
    for (const w of all) {
      if (w.kind === 'heritage' || w.kind === 'protected-area') {
        expect(w.status, w.id).toBeUndefined();
        continue;
      }
      expect(w.status, w.id).toBeDefined();
      const words = w.status_words ?? [];
      expect(words.length, w.id).toBeGreaterThan(0);
      const texts = textsOf(w);
      for (const word of words)
        expect(
          texts.some((t) => t.includes(word)),
          `${w.id}: ${word}`,
        ).toBe(true);
      const verbs = STATUS_VERBS[w.status!];
      expect(
        words.some((word) => verbs.some((v) => word.includes(v))),
        `${w.id}: ${words.join('、')}`,
      ).toBe(true);
    }
    expect(byName('中尼铁路日喀则至吉隆段')).toMatchObject({ status: 'preparatory' });
    expect(byName('G4218拉萨至日喀则机场高等级公路')).toMatchObject({ status: 'built', status_words: ['建成'] });
    expect(byName('康工电站')).toMatchObject({ status: 'study' });
  });

  it('gives every work a source, or marks it schematic, or unplaced with a reason and no geometry', () => {
    for (const f of works.features) {
      const w = f.properties;
      expect(typeof w.source, w.id).toBe('string');
      expect(w.source.trim().length, w.id).toBeGreaterThan(10);
      if (w.placed) {
        expect(f.geometry, w.id).not.toBeNull();
        if (f.geometry?.type === 'LineString') expect(w.precision, w.id).toBe('schematic');
      } else {
        expect(f.geometry, w.id).toBeNull();
        expect(w.unplaced_reason?.length ?? 0, w.id).toBeGreaterThan(10);
        // Where the plan names it, and that no published position was found.
        for (const id of [...w.passages, ...w.projects]) expect(w.source, w.id).toContain(id);
        expect(w.source, w.id).toContain('no published position');
      }
    }
  });

  it('places or lists as unplaced every 专栏5 and 专栏6 project that names a place', () => {
    const cited = new Set(all.flatMap((w) => w.projects));
    const excused = new Map(sources.projects_without_place.map((p) => [p.project, p.reason]));
    for (const p of links.projects.filter((p) => p.columnId === 'col05' || p.columnId === 'col06')) {
      const covered = cited.has(p.id) || (excused.get(p.id)?.length ?? 0) > 10;
      expect(covered, `${p.id}: ${p.text}`).toBe(true);
    }
    // Every named hub, reservoir, irrigation district and lake of those columns is a work of its own.
    const generic = new Set(['中型', '重点', '配套']);
    for (const p of links.projects.filter((p) => p.columnId === 'col05' || p.columnId === 'col06')) {
      for (const m of p.text.matchAll(/(\p{Script=Han}{2})(水利枢纽|水库|灌区|措)/gu)) {
        if (generic.has(m[1]!)) continue;
        const work = all.find((w) => w.name.includes(m[0]) && w.projects.includes(p.id));
        expect(work, `${p.id}: ${m[0]}`).toBeDefined();
        if (work && !work.placed) expect(work.unplaced_reason, work.id).toBeTruthy();
      }
    }
  });

  it('lies inside (points) or reaches (lines) the counties it names', () => {
    for (const f of works.features) {
      const w = f.properties;
      if (!f.geometry) continue;
      const named = counties.filter((c) => w.counties.includes(c.properties.id));
      expect(named.length, w.id).toBe(w.counties.length);
      if (f.geometry.type === 'Point') {
        const home = counties.find((c) => booleanPointInPolygon(f.geometry as Point, c));
        expect(home && w.counties.includes(home.properties.id), `${w.id} in ${home?.properties.name}`).toBe(true);
      } else {
        for (const c of named) expect(booleanIntersects(f as Feature<LineString>, c), `${w.id} / ${c.id}`).toBe(true);
      }
    }
    expect(byName('中尼铁路日喀则至吉隆段')?.counties).toContain('county-540234');
  });

  it('has unique ids', () => {
    const ids = all.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('agrees within 8 km with every second source it records', () => {
    const pairs = [
      ...sources.works.filter((w) => w.position && w.second).map((w) => [w.position!, w.second!] as const),
      ...Object.values(sources.places)
        .filter((p) => p.second)
        .map((p) => [p, p.second!] as const),
    ];
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const [a, b] of pairs) {
      expect(a.datum).toBe(b.datum);
      expect(distance([a.lng, a.lat], [b.lng, b.lat], { units: 'kilometers' }), a.source).toBeLessThanOrEqual(8);
    }
  });
});
