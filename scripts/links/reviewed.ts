/**
 * The hand-reviewed part of the mention finder: names the plan uses besides the
 * features' own names, and the places where a shorter name must not count (or
 * must count for something else). Every entry was checked against the text of
 * geodata/plan.json; each says why. Feature ids are checked at build time.
 */

/** Another way the plan writes a feature's name. */
export interface ReviewedAlias {
  surface: string;
  features: string[];
  /** A bare 桑珠孜区 / 日喀则市区 is the county, and also the 中心城市 town where the text speaks of the town system. */
  centralCity?: boolean;
  /** Match only where the text before the surface ends like this. */
  before?: RegExp;
  reason: string;
}

export const ALIASES: ReviewedAlias[] = [
  {
    surface: '日喀则市区',
    features: ['county-540202'],
    centralCity: true,
    reason: 'the city proper is 桑珠孜区 (c05.s1.p1, c09.s1.p1, the cross-border loop of 专栏9)',
  },
  {
    surface: '日喀则城区',
    features: ['county-540202'],
    centralCity: true,
    reason: 'same as 日喀则市区 (c03.s1.p1)',
  },
  {
    surface: '年楚河高质量发展核心区',
    features: ['core'],
    reason: 'c22.s1.p1 drops 高原经济 from the core zone’s name',
  },
  {
    surface: '一核两带一廊',
    features: ['core', 'eco-belt', 'border-belt', 'corridor'],
    reason: 'the plan’s name for the four zones together (c03.p1)',
  },
  {
    surface: '湘河灌区现代农牧业示范园',
    features: ['park-shang-river'],
    reason: 'c14.s1.p1 writes 示范园 for 专栏10’s 示范区',
  },
  {
    surface: '珠峰文化旅游创意产业园区',
    features: ['park-everest-culture'],
    reason: 'c05.s2.p1, c14.s2.p1, c18.s4.p1 write 园区 for 专栏10’s 园',
  },
  {
    surface: '边境经济合作区',
    features: ['park-gyirong-border-coop'],
    before: /吉隆国家重点开发开放试验区[(（和]$/u,
    reason:
      '“吉隆国家重点开发开放试验区(边境经济合作区)” (c01.s2.p1) and “…试验区和边境经济合作区” (c26.s1.p1) leave 吉隆 out',
  },
  {
    surface: '亚东乃堆拉',
    features: ['passage-nathula'],
    reason: 'the 乃堆拉 border-trade passage of 亚东县 (c03.s1.p4, c13.s1.p1), not the county',
  },
  {
    surface: '乃堆拉边贸通道',
    features: ['passage-nathula'],
    reason: 'c26.s1.p1',
  },
  {
    surface: '乃堆拉',
    features: ['passage-nathula'],
    reason: 'the only feature of that name (the pass where the passage crosses)',
  },
  {
    surface: '和平机场',
    features: ['port-peace-airport'],
    reason: 'c26.s1.p1 “论证和平机场临时开放与航空口岸设立问题” names the air port by its airport',
  },
];

/**
 * A name that contains a shorter name (a county’s short name, 日喀则…) and
 * means something else: a non-feature that must block the shorter match
 * (`features: []`), or a site, product or breed that counts for its place
 * (the whole surface is the span).
 */
export interface ReviewedException {
  surface: string;
  features: string[];
  /** Match only where the text after the surface starts like this. */
  after?: RegExp;
  reason: string;
}

export const EXCEPTIONS: ReviewedException[] = [
  // 日喀则 alone is the whole city, which is no feature.
  { surface: '日喀则', features: [], reason: 'the whole city (市), not a feature; 日喀则市区 is 桑珠孜区' },
  {
    surface: '日喀则市区域',
    features: [],
    reason: '“日喀则市区域性公共文化服务核心区” (col10.g3.i1) is 日喀则市 + 区域性, not 日喀则市区',
  },
  {
    surface: '日喀则市区位',
    features: [],
    reason: '“立足日喀则市区位条件” (c03.p1) is 日喀则市 + 区位, not 日喀则市区',
  },
  {
    surface: '制定日喀则',
    features: [],
    reason: '“研究制定日喀则市历史文化名城保护条例” (c03.s3.p1) is 制定 + 日喀则, not 定日',
  },
  // Heritage sites: each lies in one county and counts for it.
  { surface: '萨迦古城', features: ['county-540224'], reason: 'the old town of 萨迦县 (its seat 萨迦镇)' },
  { surface: '萨迦寺', features: ['heritage-sakya', 'county-540224'], reason: 'the work, in 萨迦县' },
  {
    surface: '萨迦镇',
    features: ['county-540224'],
    reason: 'the seat of 萨迦县; not in the town system, so it counts for the county',
  },
  { surface: '江孜古城', features: ['county-540222'], reason: 'the old town of 江孜县' },
  { surface: '白居寺', features: ['heritage-pelkor-chode', 'county-540222'], reason: 'the work, in 江孜县' },
  { surface: '加日郊历史文化街区', features: ['county-540222'], reason: 'the historic street of 江孜 (c03.s3.p2)' },
  {
    surface: '扎什伦布寺',
    features: ['heritage-tashilhunpo', 'county-540202'],
    reason: 'the work, in the city proper, 桑珠孜区',
  },
  {
    surface: '帮佳孔历史文化街区',
    features: ['heritage-bangjiakong', 'county-540202'],
    reason: 'the historic street of the city proper, 桑珠孜区 (c03.s3.p2)',
  },
  { surface: '吉隆沟', features: ['county-540234'], reason: 'the 吉隆 valley, in 吉隆县 (col09.g3.i1)' },
  {
    surface: '拉洛水利枢纽',
    features: ['park-lhalo', 'county-540224'],
    reason:
      '“拉洛水利枢纽工程通水发电” (c01.s1.p4): the headworks of the 拉洛 irrigation district, the 拉洛灌区 park’s land, in 萨迦县雄玛乡 (places.json)',
  },
  // Breeds and products named after their home place count for it.
  { surface: '岗巴羊', features: ['county-540237'], reason: 'the breed of 岗巴县' },
  { surface: '亚东牦牛', features: ['county-540233'], reason: 'the breed of 亚东县' },
  {
    surface: '亚东鲑鱼',
    features: ['county-540233'],
    reason: 'farmed in 亚东县 (c11.s1.p1; col07 writes 亚东县鲑鱼养殖基地)',
  },
  { surface: '帕里牦牛', features: ['town-540233101'], reason: 'the breed of the 帕里 grassland, 亚东县帕里镇' },
  // The text lost a character.
  {
    surface: '吉隆县吉隆',
    features: ['town-540234101', 'county-540234'],
    after: /^\s*、/u,
    reason: '“吉隆县吉隆 、仲巴县帕羊镇 、…等特色小镇建设项目” (col09.g3.i1) lists towns: 吉隆镇 lost its 镇',
  },
];

/**
 * A bare port-town stem (樟木, 日屋, 陈塘, 里孜) names a port or a town by its
 * clause: words of trade and crossing mean the port (or market), anything else the
 * town; with no town of that name the mention stays unresolved.
 */
export interface ReviewedContextRule {
  surface: string;
  choices: { near: RegExp; feature: string }[];
  fallback: string | null;
  reason: string;
}

const PORT_WORDS = /口岸|边贸|货运|通关|通道|互市/u;

export const CONTEXT_RULES: ReviewedContextRule[] = [
  {
    surface: '樟木',
    choices: [{ near: PORT_WORDS, feature: 'port-zhangmu' }],
    fallback: 'town-540235101',
    reason: 'port 樟木口岸 in a clause about trade or crossings, else 聂拉木县樟木镇',
  },
  {
    surface: '日屋',
    choices: [{ near: PORT_WORDS, feature: 'port-riwu' }],
    fallback: 'town-540231102',
    reason: 'as 樟木: 日屋口岸 or 定结县日屋镇',
  },
  {
    surface: '陈塘',
    choices: [{ near: PORT_WORDS, feature: 'port-chentang' }],
    fallback: 'town-540231101',
    reason: 'as 樟木: 陈塘口岸 or 定结县陈塘镇',
  },
  {
    surface: '里孜',
    choices: [
      { near: /边贸市场|市场/u, feature: 'market-lizi' },
      { near: /口岸|货运|通关|通道/u, feature: 'port-lizi' },
    ],
    fallback: null,
    reason: '里孜边贸市场 or 里孜口岸; 里孜 is also a village of 仲巴县, so without a clue it stays unresolved',
  },
];

/** Words that make a bare 桑珠孜区 (or 日喀则市区) the 中心城市 of the town system, in its sentence or in its paragraph’s lead sentence. */
export const CENTRAL_CITY_WORDS = /中心城市|节点城镇|旅游节点/u;
