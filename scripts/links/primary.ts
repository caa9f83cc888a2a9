import type { Plan } from '../../src/data/plan-types';
import { findMentions } from './finder';
import type { Lexicon } from './lexicon';
import type { Place } from './places';
import type { PlanRef } from './refs';

/**
 * The curated refs where the plan defines a feature, found in plan.json by
 * structure and words (never by line number):
 * - zone: its paragraph of 第三章第一节 (the one that opens with its name);
 * - town: its entry of the town-system column (专栏4); the five 重要节点城镇 also
 *   the 第五章第一节 paragraph giving their 副中心 role; the 中心城市 also the
 *   paragraphs of the 第五章 section on the 中心城市;
 * - park: the 专栏10 item of the category that names it (or includes it);
 * - port: the paragraph(s) or 专栏12 item of 第二十六章 holding the words that
 *   set its status (PortProps.plan_quote);
 * - route: the 专栏9 item that names it;
 * - work: the passages and 专栏 projects geodata/works.geojson cites for it.
 * Any feature of those kinds left without one is a build error.
 */
export function primaryRefs(plan: Plan, places: readonly Place[], refs: readonly PlanRef[], lexicon: Lexicon) {
  const primary = new Map<string, string[]>();
  const add = (feature: string, ref: string) => {
    const list = primary.get(feature) ?? [];
    if (!list.includes(ref)) list.push(ref);
    primary.set(feature, list);
  };
  const sectionOf = (chapter: number, number: number) => {
    const section = plan.sections.find((s) => s.chapter === chapter && s.number === number);
    if (!section) throw new Error(`links: plan.json has no section ${chapter}.${number}`);
    return section;
  };
  const paragraphsOf = (blocks: readonly string[]) =>
    refs.filter((r) => r.kind === 'paragraph' && blocks.includes(r.id));

  const zoneSection = paragraphsOf(sectionOf(3, 1).blocks);
  const townSection = paragraphsOf(sectionOf(5, 1).blocks);
  const centralSections = plan.sections.filter((s) => s.chapter === 5 && s.title.includes('中心城市'));

  for (const place of places) {
    switch (place.kind) {
      case 'zone':
        for (const ref of zoneSection) if (ref.text.startsWith(`${place.name}。`)) add(place.id, ref.id);
        break;
      case 'town': {
        for (const ref of refs) {
          const column = ref.column;
          if (column?.kind !== 'town-system') continue;
          const entry = column.tiers.flatMap((t) => t.entries).find((e) => e.id === ref.id);
          const town = place.tier === 'central-city' ? null : place.name;
          if (entry && entry.county === place.countyName && entry.town === town) add(place.id, ref.id);
        }
        if (place.tier === 'key-node') {
          const role = new RegExp(`${place.name}建成[^,，、;；。]*副中心`, 'u');
          for (const ref of townSection) if (role.test(ref.text)) add(place.id, ref.id);
        }
        if (place.tier === 'central-city')
          for (const section of centralSections) for (const ref of paragraphsOf(section.blocks)) add(place.id, ref.id);
        break;
      }
      case 'park':
        for (const ref of refs) {
          if (ref.column?.number !== 10 || !ref.group) continue;
          const named = findMentions(ref.group.label, lexicon).spans.map((s) => s.feature);
          if (named.includes(place.id) || ref.group.includes.includes(place.name)) add(place.id, ref.id);
        }
        break;
      case 'port':
        for (const ref of refs)
          if (ref.chapter === 26 && place.quote && ref.text.includes(place.quote)) add(place.id, ref.id);
        break;
      case 'route':
        for (const ref of refs) if (ref.column?.number === 9 && ref.text.includes(place.name)) add(place.id, ref.id);
        break;
      case 'work':
        // A dangling id fails validateLinks, as any other ref does.
        for (const ref of place.refs ?? []) add(place.id, ref);
        break;
      case 'county':
        break; // a county is defined by the map, not by a passage
    }
    if (place.kind !== 'county' && !primary.has(place.id))
      throw new Error(`links: no primary reference found for ${place.kind} ${place.id} (${place.name})`);
  }
  return primary;
}

/** The 专栏10 parks a category names or includes: the parks its item concerns. */
export function parksOfGroup(ref: PlanRef, primary: ReadonlyMap<string, readonly string[]>, places: readonly Place[]) {
  return places.filter((p) => p.kind === 'park' && (primary.get(p.id) ?? []).includes(ref.id)).map((p) => p.id);
}
