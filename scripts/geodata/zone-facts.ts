import type { ZoneId } from '../../src/data/types';

/**
 * The plan's "一核两带一廊", transcribed from 第三章第一节 of the plan text.
 * Names are written exactly as the plan writes them.
 */
export interface ZoneFact {
  id: ZoneId;
  name: string;
  name_en: string;
  /** Whole counties (by name) in the zone; split counties are listed in SPLIT_COUNTIES. */
  counties: string[];
}

export const ZONE_FACTS: readonly ZoneFact[] = [
  {
    id: 'core',
    name: '年楚河高原经济高质量发展核心区',
    name_en: 'Nyangchu River Core Area for High-Quality Plateau Economic Development',
    counties: ['桑珠孜区', '白朗县', '江孜县'],
  },
  {
    id: 'eco-belt',
    name: '雅江中上游生态文明高地建设带',
    name_en: 'Middle and Upper Yarlung Tsangpo Ecological Civilisation Belt',
    counties: ['昂仁县', '拉孜县', '萨迦县', '谢通门县', '南木林县', '仁布县'],
  },
  {
    id: 'border-belt',
    name: '喜马拉雅中段强边建设带',
    name_en: 'Central Himalaya Border-Strengthening Belt',
    counties: ['吉隆县', '聂拉木县', '定日县', '定结县', '岗巴县', '亚东县', '康马县'],
  },
  {
    id: 'corridor',
    name: '面向南亚开发开放合作走廊',
    name_en: 'South Asia Development and Opening-up Cooperation Corridor',
    counties: [],
  },
];

/** 仲巴县 and 萨嘎县: "(边境沿线区域)" in the border belt, "(非边境沿线区域)" in the ecological belt. */
export const SPLIT_COUNTIES = ['仲巴县', '萨嘎县'] as const;

/** "日喀则有9个边境县" (第三十章): the counties on the national border. */
export const BORDER_COUNTIES = [
  '仲巴县',
  '萨嘎县',
  '吉隆县',
  '聂拉木县',
  '定日县',
  '定结县',
  '岗巴县',
  '亚东县',
  '康马县',
] as const;
