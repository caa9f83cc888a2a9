import type { AuditRow, AuditSection } from '../../src/data/audit-types';
import { planRefs } from '../links/refs';
import { type AuditFeature, featureIndex, passageOf, unique } from './features';
import type { AuditInputs } from './inputs';

/** A place below a county or town, written right after it (吉隆县贡当乡汝村, 定日县协格尔镇曲夏村). */
const SUB_PLACE = /^[\u4e00-\u9fff]{1,4}?[乡镇村](?![落民庄级])/u;
/** What no such name holds: list and county-level words, and the plan's common nouns (特色小城镇, 撤乡设镇, 农村). */
const NOT_IN_NAME = /[和及与等的县区市]|城镇|乡镇|农村|乡村|^[撤设]/u;
/** Between two sub-places of one kind: 白坝村和巴松村. */
const JOINERS = /^[、和]/u;

interface SubPlace {
  name: string;
  county: string;
  holder: string;
  ref: string;
}

/** Villages and townships the plan names after a county or a town, which no feature holds. */
export function subPlaces(inputs: AuditInputs, features: ReadonlyMap<string, AuditFeature>): SubPlace[] {
  const found: SubPlace[] = [];
  const countyOf = new Map<string, string>();
  for (const c of inputs.counties) countyOf.set(c.properties.id, c.properties.name);
  for (const t of inputs.towns) countyOf.set(t.properties.id, t.properties.county_name);
  for (const ref of planRefs(inputs.plan)) {
    const spans = inputs.links.spans[ref.id] ?? [];
    for (const span of spans) {
      const holder = features.get(span.feature);
      if (!holder || (holder.kind !== 'county' && holder.kind !== 'town')) continue;
      if (spans.some((s) => s.start === span.end)) continue; // a feature follows: no sub-place
      let at = span.end;
      let suffix: string | null = null;
      for (;;) {
        const joined = suffix !== null ? JOINERS.exec(ref.text.slice(at)) : null;
        const from = at + (joined ? joined[0].length : 0);
        const match = SUB_PLACE.exec(ref.text.slice(from));
        if (!match || NOT_IN_NAME.test(match[0])) break;
        const kind = match[0].slice(-1);
        if (joined && kind !== suffix) break;
        found.push({
          name: match[0],
          county: countyOf.get(span.feature) ?? '',
          holder: span.feature,
          ref: passageOf(ref.id, inputs),
        });
        suffix = kind;
        at = from + match[0].length;
      }
    }
  }
  return found;
}

/** Every place name the plan mentions: drawn, known to the data without a position, or held by no feature. */
export function placesSection(inputs: AuditInputs): AuditSection {
  const features = featureIndex(inputs);
  const rows: AuditRow[] = [];
  for (const [id, refs] of Object.entries(inputs.links.byFeature)) {
    const mentions = refs.filter((r) => !r.primary || inputs.links.spans[r.ref]?.some((s) => s.feature === id));
    const feature = features.get(id);
    if (!feature || mentions.length === 0) continue;
    rows.push({
      status: feature.drawn ? 'mapped' : 'known-unmapped',
      name: feature.name,
      note: feature.drawn ? '' : (feature.note ?? ''),
      refs: unique(mentions.map((r) => passageOf(r.ref, inputs))),
      features: [id],
    });
  }
  const byName = new Map<string, AuditRow>();
  for (const sub of subPlaces(inputs, features)) {
    const key = `${sub.county}${sub.name}`;
    const row = byName.get(key);
    if (row) {
      row.refs = unique([...row.refs, sub.ref]);
      continue;
    }
    const amap = inputs.amap.find((a) => a.county === sub.county && a.name === sub.name);
    const note = amap?.hasPoint
      ? `in ${sub.county}; AMap 2018 has a point for it (geodata/sources/amap-townships-2018.csv ${amap.code}), but the map has no feature of its own`
      : `in ${sub.county}; no feature, and no position in the committed sources`;
    byName.set(key, { status: 'not-placed', name: sub.name, note, refs: [sub.ref], features: [sub.holder] });
  }
  return { id: 'places', rows: [...rows, ...byName.values()] };
}
