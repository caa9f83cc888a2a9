import type { AuditStatus } from '../data/audit-types';
import type { Lang } from './strings';

/**
 * Words of the text–map audit (图文一致性检查), for its page and for
 * docs/audit.md, which the audit script writes in both languages. A section's
 * title is `section_<id>`; a new section adds its title here.
 */
const zh = {
  auditTitle: '图文一致性检查',
  auditIntro:
    '规划文本与地图数据逐项对照：地名、重点项目、数量、名称差异、近似位置、未定义的要素与边境沿线划分的依据。',
  auditLoading: '正在载入检查结果…',
  auditNotAudit: 'audit.json 不是图文一致性检查结果',
  auditRows: '{n} 条',
  auditPassage: '原文',
  auditFeature: '地图',
  auditPlanFigure: '规划',
  auditDataFigure: '数据',
  auditNoRows: '（无）',
  auditStatusFilter: '只看',
  auditAll: '全部',
  section_places: '规划提到的地名',
  section_projects: '重点项目的落图情况',
  section_counts: '规划所述数量与数据对照',
  section_names: '不同来源的名称差异',
  section_approximate: '位置为近似或示意的要素',
  section_primary: '没有定义段落的要素',
  section_unresolved: '未能归属的地名',
  section_border: '仲巴县、萨嘎县边境沿线划分的依据（逐乡镇）',
  status_mapped: '已上图',
  'status_known-unmapped': '已知未上图',
  'status_not-placed': '未落位',
  'status_on-feature': '已落到要素',
  'status_on-unplaced': '仅落到未上图要素',
  'status_no-place': '未落图',
  status_agrees: '一致',
  status_explained: '不一致（已说明）',
  status_differs: '不一致',
  status_variant: '名称不同',
  status_approximate: '近似',
  status_schematic: '示意',
  'status_no-primary': '无定义段落',
  'status_village-record': '据村级记录',
  status_geometric: '几何规则（资料未载）',
} as const;

export type AuditStringKey = keyof typeof zh;

const en: Record<AuditStringKey, string> = {
  auditTitle: 'Text–map audit',
  auditIntro:
    'The plan’s text checked against the map’s data: place names, key projects, counts, names that differ, approximate positions, features no passage defines and the evidence of the border split.',
  auditLoading: 'Loading the audit…',
  auditNotAudit: 'audit.json is not a text–map audit report',
  auditRows: '{n} rows',
  auditPassage: 'Passage',
  auditFeature: 'Map',
  auditPlanFigure: 'Plan',
  auditDataFigure: 'Data',
  auditNoRows: '(none)',
  auditStatusFilter: 'Show',
  auditAll: 'All',
  section_places: 'Place names the plan mentions',
  section_projects: 'Key projects on the map',
  section_counts: 'Counts the plan states, against the data',
  section_names: 'Names that differ between sources',
  section_approximate: 'Features with approximate or schematic positions',
  section_primary: 'Features with no defining passage',
  section_unresolved: 'Names the finder could not attribute',
  section_border: 'The border split of 仲巴县 and 萨嘎县: each township’s evidence',
  status_mapped: 'mapped',
  'status_known-unmapped': 'known, not mapped',
  'status_not-placed': 'not placed',
  'status_on-feature': 'on a feature',
  'status_on-unplaced': 'only on unmapped features',
  'status_no-place': 'not on the map',
  status_agrees: 'agrees',
  status_explained: 'differs (explained)',
  status_differs: 'differs',
  status_variant: 'differs',
  status_approximate: 'approximate',
  status_schematic: 'schematic',
  'status_no-primary': 'no defining passage',
  'status_village-record': 'village record',
  status_geometric: 'geometric rule (sources silent)',
};

export const AUDIT_TEXT: Record<Lang, Record<AuditStringKey, string>> = { zh, en };

/** A section's title; an id with no title yet is shown as itself rather than blank. */
export function sectionTitle(lang: Lang, id: string): string {
  const text = AUDIT_TEXT[lang] as Record<string, string>;
  return text[`section_${id}`] ?? id;
}

export function statusWord(lang: Lang, status: AuditStatus): string {
  return AUDIT_TEXT[lang][`status_${status}`];
}
