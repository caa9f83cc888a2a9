import type { FeatureRef, Links, MentionSpan, ProjectRecord, RefKind } from '../../src/data/links-types';
import type { Plan } from '../../src/data/plan-types';
import { type FindResult, findMentions } from './finder';
import { buildLexicon, type Lexicon } from './lexicon';
import type { Place } from './places';
import { parksOfGroup, primaryRefs } from './primary';
import { planRefs, projectColumns } from './refs';
import { splitProjects } from './split';
import { validateLinks } from './validate';

/** Every ref the links may point at, with its text: paragraphs, column items, projects. */
export interface RefIndex {
  /** Ref id → kind and text, in the plan's reading order (projects right after their item). */
  texts: Map<string, { kind: RefKind; text: string }>;
}

export interface BuiltLinks {
  links: Links;
  lexicon: Lexicon;
  refs: RefIndex;
}

/** The spans of an item that fall inside one of its projects, re-based on the project's text. */
function spansWithin(spans: readonly MentionSpan[], start: number, end: number): MentionSpan[] {
  return spans
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ feature: s.feature, start: s.start - start, end: s.end - start }));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Builds links.json from the plan and the features; throws on any dangling id. */
export function buildLinks(plan: Plan, places: readonly Place[]): BuiltLinks {
  const lexicon = buildLexicon(places);
  const refs = planRefs(plan);
  const primary = primaryRefs(plan, places, refs, lexicon);
  const projectColumnIds = new Set(projectColumns(plan).map((c) => c.id));

  const texts = new Map<string, { kind: RefKind; text: string }>();
  const spans = new Map<string, MentionSpan[]>();
  const unresolved: Links['unresolved'] = [];
  const projects: ProjectRecord[] = [];
  /** feature → ref → kind, in reading order; `places` of projects count as links too. */
  const mentions = new Map<string, Map<string, RefKind>>();
  const link = (feature: string, ref: string, kind: RefKind) => {
    const byRef = mentions.get(feature) ?? new Map<string, RefKind>();
    if (!byRef.has(ref)) byRef.set(ref, kind);
    mentions.set(feature, byRef);
  };
  const record = (ref: string, kind: RefKind, text: string, found: MentionSpan[]) => {
    texts.set(ref, { kind, text });
    if (found.length > 0) spans.set(ref, found);
    for (const span of found) link(span.feature, ref, kind);
  };

  for (const ref of refs) {
    const found: FindResult = findMentions(ref.text, lexicon, { townSystem: ref.column?.kind === 'town-system' });
    record(ref.id, ref.kind, ref.text, found.spans);
    for (const u of found.unresolved) unresolved.push({ ref: ref.id, surface: u.surface, candidates: u.candidates });

    const { column, group, item } = ref;
    if (!column || !group || !item || !projectColumnIds.has(column.id)) continue;
    const groupParks = column.number === 10 ? parksOfGroup(ref, primary, places) : [];
    splitProjects(item.text).forEach((segment, index) => {
      const id = `${item.id}.p${index + 1}`;
      const own = spansWithin(found.spans, segment.start, segment.end);
      const project: ProjectRecord = {
        id,
        column: column.number,
        columnId: column.id,
        category: group.label,
        item: item.id,
        text: segment.text,
        places: unique([...groupParks, ...own.map((s) => s.feature)]),
      };
      projects.push(project);
      record(id, 'project', segment.text, own);
      for (const feature of project.places) link(feature, id, 'project');
    });
  }

  const order = new Map([...texts.keys()].map((id, index) => [id, index]));
  const rank = (ref: string) => order.get(ref) ?? Number.POSITIVE_INFINITY;
  const byFeature: Record<string, FeatureRef[]> = {};
  for (const place of places) {
    const firsts = [...(primary.get(place.id) ?? [])].sort((a, b) => rank(a) - rank(b));
    const rest = [...(mentions.get(place.id)?.keys() ?? [])].filter((r) => !firsts.includes(r));
    rest.sort((a, b) => rank(a) - rank(b));
    byFeature[place.id] = [
      ...firsts.map((ref) => ({ ref, kind: kindOf(texts, ref), primary: true })),
      ...rest.map((ref) => ({ ref, kind: kindOf(texts, ref), primary: false })),
    ];
  }

  const links: Links = {
    projects,
    byFeature,
    spans: Object.fromEntries([...spans.entries()].sort(([a], [b]) => rank(a) - rank(b))),
    unresolved,
  };
  const index: RefIndex = { texts };
  validateLinks(links, places, index, lexicon);
  return { links, lexicon, refs: index };
}

function kindOf(texts: ReadonlyMap<string, { kind: RefKind }>, ref: string): RefKind {
  const entry = texts.get(ref);
  if (!entry) throw new Error(`links: reference "${ref}" is neither a paragraph, a column item nor a project`);
  return entry.kind;
}
