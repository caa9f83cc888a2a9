import type { AuditReport, AuditRow, AuditStatus } from '../../src/data/audit-types';
import { AUDIT_TEXT, sectionTitle, statusWord } from '../../src/i18n/audit-strings';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const status = (s: AuditStatus) => `${statusWord('zh', s)} / ${statusWord('en', s)}`;

/** “已上图 / mapped: 120 · 未落位 / not placed: 14” */
export function statusTally(rows: readonly AuditRow[]): string {
  const tally = new Map<AuditStatus, number>();
  for (const row of rows) tally.set(row.status, (tally.get(row.status) ?? 0) + 1);
  return [...tally].map(([s, n]) => `${status(s)}: ${n}`).join(' · ');
}

/** docs/audit.md: the report's sections as tables, titles and status words in both languages. */
export function auditMarkdown(report: AuditReport): string {
  const lines = [
    `# ${AUDIT_TEXT.zh.auditTitle} / ${AUDIT_TEXT.en.auditTitle}`,
    '',
    '<!-- Written by `npm run audit` (scripts/audit/) from the committed data; do not edit by hand. -->',
    '',
    AUDIT_TEXT.zh.auditIntro,
    '',
    AUDIT_TEXT.en.auditIntro,
    'Passages are ids of geodata/plan.json (the app’s reader opens them); features are ids of geodata/*.geojson.',
  ];
  for (const section of report.sections) {
    const figures = section.rows.some((r) => r.plan !== undefined);
    lines.push('', `## ${sectionTitle('zh', section.id)} / ${sectionTitle('en', section.id)}`, '');
    if (section.rows.length === 0) {
      lines.push(`${AUDIT_TEXT.zh.auditNoRows} / ${AUDIT_TEXT.en.auditNoRows}`);
      continue;
    }
    lines.push(`${section.rows.length} — ${statusTally(section.rows)}`, '');
    const head = [
      '状态 / status',
      '名称 / name',
      ...(figures ? ['规划 / plan', '数据 / data'] : []),
      '原文 / passages',
      '要素 / features',
      '说明 / note',
    ];
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
    for (const row of section.rows) {
      const values = [
        status(row.status),
        row.name,
        ...(figures ? [String(row.plan ?? ''), String(row.data ?? '')] : []),
        row.refs.join(' '),
        row.features.join(' '),
        row.note,
      ];
      lines.push(`| ${values.map(cell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** geodata/audit.json: one row a line, so that a change to the data reads as a small diff. */
export function auditJson(report: AuditReport): string {
  const sections = report.sections.map(
    (s) =>
      `  {"id": ${JSON.stringify(s.id)}, "rows": [\n${s.rows.map((r) => `   ${JSON.stringify(r)}`).join(',\n')}\n  ]}`,
  );
  return `{"version": ${report.version}, "sections": [\n${sections.join(',\n')}\n]}\n`;
}
