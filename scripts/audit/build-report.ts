import type { AuditReport } from '../../src/data/audit-types';
import type { AuditInputs } from './inputs';
import { borderSection } from './section-border';
import { checkCounts, countsSection, findCounts } from './section-counts';
import { namesSection } from './section-names';
import { placesSection } from './section-places';
import { approximateSection, primarySection, unresolvedSection } from './section-positions';
import { projectsSection } from './section-projects';

export interface BuiltAudit {
  report: AuditReport;
  /** Count disagreements no reviewed table explains: the audit fails on any. */
  failures: string[];
}

/**
 * The whole audit, section by section, in the report's order. A new section is
 * a function of the inputs that returns rows, added here and titled in
 * src/i18n/audit-strings.ts.
 */
export function buildAudit(inputs: AuditInputs): BuiltAudit {
  const counts = checkCounts(findCounts(inputs));
  return {
    report: {
      version: 1,
      sections: [
        placesSection(inputs),
        projectsSection(inputs),
        countsSection(counts),
        namesSection(inputs),
        approximateSection(inputs),
        primarySection(inputs),
        borderSection(inputs),
        unresolvedSection(inputs),
      ],
    },
    failures: counts.failures,
  };
}
