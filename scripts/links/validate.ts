import type { Links } from '../../src/data/links-types';
import type { RefIndex } from './build';
import { isSurfaceOf, type Lexicon } from './lexicon';
import type { Place } from './places';

/**
 * Checks that every id links.json writes exists: feature ids in the feature
 * files, ref ids in plan.json or among the projects; and that each span slices
 * its ref's text to a name of its feature. Throws an error naming the first bad id.
 */
export function validateLinks(links: Links, places: readonly Place[], refs: RefIndex, lexicon: Lexicon): void {
  const features = new Set(places.map((p) => p.id));
  const feature = (id: string, where: string) => {
    if (!features.has(id)) throw new Error(`links: dangling feature id "${id}" in ${where}`);
  };
  const text = (id: string, where: string): string => {
    const ref = refs.texts.get(id);
    if (!ref) throw new Error(`links: dangling ref id "${id}" in ${where}`);
    return ref.text;
  };

  for (const project of links.projects) {
    text(project.id, 'projects');
    text(project.item, `project ${project.id}`);
    for (const id of project.places) feature(id, `project ${project.id}`);
  }
  for (const [id, featureRefs] of Object.entries(links.byFeature)) {
    feature(id, 'byFeature');
    for (const r of featureRefs) {
      text(r.ref, `byFeature["${id}"]`);
      const kind = refs.texts.get(r.ref)?.kind;
      if (kind !== r.kind) throw new Error(`links: byFeature["${id}"] calls ${r.ref} a ${r.kind}, not a ${kind}`);
    }
  }
  for (const [ref, spans] of Object.entries(links.spans)) {
    const content = text(ref, 'spans');
    for (const span of spans) {
      feature(span.feature, `spans["${ref}"]`);
      const slice = content.slice(span.start, span.end);
      if (span.start < 0 || span.end > content.length || span.start >= span.end)
        throw new Error(`links: span [${span.start}, ${span.end}) of ${span.feature} lies outside ${ref}`);
      if (!isSurfaceOf(lexicon, span.feature, slice))
        throw new Error(`links: span “${slice}” in ${ref} is no name of ${span.feature}`);
      if (!links.byFeature[span.feature]?.some((r) => r.ref === ref))
        throw new Error(`links: ${ref} mentions ${span.feature} but byFeature does not list it`);
    }
  }
  for (const u of links.unresolved) {
    text(u.ref, 'unresolved');
    for (const id of u.candidates) feature(id, `unresolved (${u.ref})`);
  }
}
