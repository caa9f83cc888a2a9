import type { AuditRow, AuditSection } from '../../src/data/audit-types';
import { PORT_STATUS_CLASSES } from '../../src/symbology/classes';
import { stripLineMarker } from '../links/places';
import { planRefs } from '../links/refs';
import { COUNT_STATEMENTS, type CountStatement, figureOf, townsOfTier } from './count-statements';
import { passageOf, unique } from './features';
import type { AuditInputs } from './inputs';
import { REVIEWED_COUNTS, type ReviewedCount } from './reviewed-counts';

/** A count as the plan states it and as the data hold it, before it is judged. */
export interface CountFinding {
  statement: string;
  /** The plan's words, as written. */
  words: string;
  what: string;
  plan: number;
  data: number;
  refs: string[];
  features: string[];
}

/** Every statement's findings: one per figure the plan writes (each with the passages that write it). */
export function findCounts(
  inputs: AuditInputs,
  statements: readonly CountStatement[] = COUNT_STATEMENTS,
): CountFinding[] {
  const refs = planRefs(inputs.plan);
  const findings: CountFinding[] = [];
  for (const statement of statements) {
    const byFigure = new Map<number, { words: string; refs: string[] }>();
    const global = new RegExp(statement.words.source, 'gu');
    for (const ref of refs)
      for (const match of ref.text.matchAll(global)) {
        const figure = figureOf(match[1] ?? '');
        const seen = byFigure.get(figure) ?? { words: match[0], refs: [] };
        seen.refs = unique([...seen.refs, passageOf(ref.id, inputs)]);
        byFigure.set(figure, seen);
      }
    if (byFigure.size === 0) throw new Error(`audit: the plan no longer writes ${statement.words} (${statement.id})`);
    const data = statement.count(inputs);
    for (const [plan, seen] of byFigure)
      findings.push({
        statement: statement.id,
        what: statement.what,
        plan,
        data: data.count,
        features: data.features,
        ...seen,
      });
  }
  // The town system: each tier of 专栏4 lists its places; the map holds the towns of that tier.
  const column = inputs.plan.columns.find((c) => c.kind === 'town-system');
  if (column?.kind !== 'town-system') throw new Error('audit: plan.json has no town-system column (专栏4)');
  for (const tier of column.tiers) {
    const data = townsOfTier(inputs, tier.tier);
    findings.push({
      statement: `tier-${tier.key}`,
      words: `${tier.tier}（专栏4 列 ${tier.entries.length} 处）`,
      what: `towns whose tier_name is ${tier.tier} (towns.geojson)`,
      plan: tier.entries.length,
      data: data.count,
      refs: [tier.id],
      features: data.features,
    });
  }
  findings.push(...portsByStatus(inputs, refs));
  return findings;
}

/**
 * Ports by status: the plan states no total, so the plan's side counts the ports
 * whose status words (plan_quote) it writes verbatim, against the ports of that status.
 */
function portsByStatus(inputs: AuditInputs, refs: ReturnType<typeof planRefs>): CountFinding[] {
  return PORT_STATUS_CLASSES.map((cls) => {
    const ports = inputs.ports.filter((p) => p.properties.status === cls.value);
    const quotes = ports.map((p) => stripLineMarker(p.properties.plan_quote));
    const writing = quotes.map((q) => refs.filter((r) => r.text.includes(q)).map((r) => passageOf(r.id, inputs)));
    return {
      statement: `ports-${cls.value}`,
      words: `口岸与边贸：${cls.name}`,
      what: `ports of status ${cls.value} (ports.geojson) whose plan_quote the plan writes verbatim`,
      plan: writing.filter((w) => w.length > 0).length,
      data: ports.length,
      refs: unique(writing.flat()),
      features: ports.map((p) => p.properties.id),
    };
  });
}

export interface CountCheck {
  rows: AuditRow[];
  /** Disagreements no review explains, and reviews that explain nothing: each fails the audit. */
  failures: string[];
}

/** Judges the findings: agree, differ with a reviewed reason, or differ (a failure). */
export function checkCounts(
  findings: readonly CountFinding[],
  reviewed: readonly ReviewedCount[] = REVIEWED_COUNTS,
): CountCheck {
  const failures: string[] = [];
  const used = new Set<ReviewedCount>();
  const rows = findings.map((f): AuditRow => {
    const base = { name: f.words, refs: f.refs, features: f.features, plan: f.plan, data: f.data };
    if (f.plan === f.data) return { ...base, status: 'agrees', note: f.what };
    const review = reviewed.find((r) => r.statement === f.statement && r.plan === f.plan && r.data === f.data);
    if (review) {
      used.add(review);
      return { ...base, status: 'explained', note: `${f.what}. ${review.reason}` };
    }
    failures.push(
      `“${f.words}” (${f.statement}, ${f.refs.join(', ')}): the plan says ${f.plan}, the data hold ${f.data} ${f.what}`,
    );
    return { ...base, status: 'differs', note: f.what };
  });
  for (const r of reviewed)
    if (!used.has(r))
      failures.push(
        `reviewed-counts: ${r.statement} ${r.plan}/${r.data} explains no disagreement of the audit (stale review)`,
      );
  return { rows, failures };
}

export function countsSection(check: CountCheck): AuditSection {
  return { id: 'counts', rows: check.rows };
}
