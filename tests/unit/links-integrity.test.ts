import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLinks } from '../../scripts/links/build';
import { GEODATA_DIR, LINKS_JSON, readLinkInputs } from '../../scripts/links/files';
import { buildLexicon, isSurfaceOf } from '../../scripts/links/lexicon';
import { validateLinks } from '../../scripts/links/validate';
import type { Links } from '../../src/data/links-types';
import type { Plan } from '../../src/data/plan-types';

const links = JSON.parse(readFileSync(LINKS_JSON, 'utf8')) as Links;
const { plan, places } = readLinkInputs(GEODATA_DIR);
const featureIds = new Set(places.map((p) => p.id));

/** The text of every paragraph and column item (专栏4: town entries) of plan.json, by id. */
function planTexts(data: Plan): Map<string, string> {
  const texts = new Map(data.paragraphs.map((p) => [p.id, p.text]));
  for (const column of data.columns) {
    if (column.kind === 'categories')
      for (const group of column.groups) for (const item of group.items) texts.set(item.id, item.text);
    if (column.kind === 'town-system')
      for (const tier of column.tiers) for (const entry of tier.entries) texts.set(entry.id, entry.written);
  }
  return texts;
}
const texts = planTexts(plan);
for (const project of links.projects) texts.set(project.id, project.text);
const textOf = (ref: string): string => {
  const text = texts.get(ref);
  if (text === undefined) throw new Error(`dangling ref ${ref}`);
  return text;
};

describe('links.json references', () => {
  it('names only features that exist', () => {
    const named = [
      ...Object.keys(links.byFeature),
      ...Object.values(links.spans).flatMap((spans) => spans.map((s) => s.feature)),
      ...links.projects.flatMap((p) => p.places),
      ...links.unresolved.flatMap((u) => u.candidates),
    ];
    expect(named.filter((id) => !featureIds.has(id))).toEqual([]);
  });

  it('refers only to paragraphs and column items of plan.json, or to projects', () => {
    const refs = [
      ...Object.values(links.byFeature).flatMap((list) => list.map((r) => r.ref)),
      ...Object.keys(links.spans),
      ...links.projects.map((p) => p.item),
      ...links.unresolved.map((u) => u.ref),
    ];
    expect(refs.filter((ref) => !texts.has(ref))).toEqual([]);
  });

  it('gives each ref the kind its id has', () => {
    const kindOf = (ref: string) =>
      links.projects.some((p) => p.id === ref)
        ? 'project'
        : plan.paragraphs.some((p) => p.id === ref)
          ? 'paragraph'
          : 'column-item';
    for (const list of Object.values(links.byFeature)) for (const r of list) expect(r.kind, r.ref).toBe(kindOf(r.ref));
  });

  it('has spans that slice their ref’s text to a name of their feature', () => {
    const lexicon = buildLexicon(places);
    const bad: string[] = [];
    for (const [ref, spans] of Object.entries(links.spans)) {
      const text = textOf(ref);
      for (const s of spans) {
        const slice = text.slice(s.start, s.end);
        if (!isSurfaceOf(lexicon, s.feature, slice))
          bad.push(`${ref} [${s.start}, ${s.end}) “${slice}” ≠ ${s.feature}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('lists under byFeature every ref whose spans name the feature', () => {
    for (const [ref, spans] of Object.entries(links.spans))
      for (const s of spans)
        expect(
          links.byFeature[s.feature]?.map((r) => r.ref),
          s.feature,
        ).toContain(ref);
  });
});

describe('primary refs', () => {
  const primaries = (id: string) => (links.byFeature[id] ?? []).filter((r) => r.primary).map((r) => r.ref);

  it('are each zone’s paragraph of 第三章第一节', () => {
    for (const zone of places.filter((p) => p.kind === 'zone')) {
      const [ref, ...rest] = primaries(zone.id);
      expect(rest).toEqual([]);
      expect(ref).toMatch(/^c03\.s1\.p\d+$/u);
      expect(textOf(ref!).startsWith(zone.name)).toBe(true);
    }
  });

  it('include each town’s entry of 专栏4, and the 副中心 paragraph for the five key node towns', () => {
    for (const town of places.filter((p) => p.kind === 'town')) {
      const refs = primaries(town.id);
      const entry = refs.find((r) => r.startsWith('col04.'));
      expect(entry, town.id).toBeDefined();
      if (town.tier === 'key-node') {
        const role = refs.find((r) => r.startsWith('c05.s1.'));
        expect(textOf(role!)).toMatch(new RegExp(`${town.name}建成市域[^,、]*副中心`, 'u'));
      }
    }
  });

  it('are each park’s 专栏10 item', () => {
    for (const park of places.filter((p) => p.kind === 'park'))
      expect(
        primaries(park.id).every((r) => r.startsWith('col10.')),
        park.id,
      ).toBe(true);
  });

  it('are, for each port, refs of 第二十六章 that hold the words setting its status', () => {
    const chapter26 = new Set([
      ...plan.paragraphs.filter((p) => p.chapter === 26).map((p) => p.id),
      ...[...texts.keys()].filter((id) => id.startsWith('col12.')),
    ]);
    for (const port of places.filter((p) => p.kind === 'port')) {
      const refs = primaries(port.id);
      expect(refs.length, port.id).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(chapter26.has(ref), `${port.id} ${ref}`).toBe(true);
        expect(textOf(ref)).toContain(port.quote!);
      }
    }
  });
});

describe('the builder refuses dangling ids', () => {
  const built = buildLinks(plan, places);
  const tampered = (change: (copy: Links) => void): Links => {
    const copy = structuredClone(built.links);
    change(copy);
    return copy;
  };
  const check = (copy: Links) => () => validateLinks(copy, places, built.refs, built.lexicon);

  it('names a feature id that no feature file defines', () => {
    const extraPlace = tampered((l) => {
      l.projects[0]!.places.push('county-999999');
    });
    expect(check(extraPlace)).toThrow(/county-999999/u);
    const extraFeature = tampered((l) => {
      l.byFeature['port-nowhere'] = [];
    });
    expect(check(extraFeature)).toThrow(/port-nowhere/u);
  });

  it('names a ref id that is neither in plan.json nor a project', () => {
    const extraRef = tampered((l) => {
      l.byFeature.core!.push({ ref: 'c99.s1.p1', kind: 'paragraph', primary: false });
    });
    expect(check(extraRef)).toThrow(/c99\.s1\.p1/u);
    const extraSpans = tampered((l) => {
      l.spans['col99.g1.i1'] = [];
    });
    expect(check(extraSpans)).toThrow(/col99\.g1\.i1/u);
  });

  it('names a feature the reviewed tables point at when its file lacks it', () => {
    const without = places.filter((p) => p.id !== 'passage-nathula');
    expect(() => buildLinks(plan, without)).toThrow(/passage-nathula/u);
  });

  it('names a zone whose defining paragraph is missing from plan.json', () => {
    const copy = structuredClone(plan);
    for (const p of copy.paragraphs) if (p.id === 'c03.s1.p3') p.text = p.text.replace('喜马拉雅中段强边建设带。', '');
    expect(() => buildLinks(copy, places)).toThrow(/border-belt/u);
  });
});
