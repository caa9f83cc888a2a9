import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GEODATA_DIR, LINKS_JSON, readLinkInputs } from '../../scripts/links/files';
import { findMentions } from '../../scripts/links/finder';
import { buildLexicon } from '../../scripts/links/lexicon';
import { planRefs } from '../../scripts/links/refs';
import type { Links } from '../../src/data/links-types';

const { plan, places } = readLinkInputs(GEODATA_DIR);
const lexicon = buildLexicon(places);
const refs = planRefs(plan);

/** A snippet found on its own, or inside a ref of plan.json (so its sentence and column count). */
type Case = { text: string; ref?: string; expected: string[] };

/** The features a case finds, in text order. */
function found(c: Case): string[] {
  if (!c.ref) return findMentions(c.text, lexicon).spans.map((s) => s.feature);
  const ref = refs.find((r) => r.id === c.ref);
  if (!ref) throw new Error(`no ref ${c.ref}`);
  const from = ref.text.indexOf(c.text);
  if (from < 0) throw new Error(`“${c.text}” is not in ${c.ref}`);
  const to = from + c.text.length;
  const { spans } = findMentions(ref.text, lexicon, { townSystem: ref.column?.kind === 'town-system' });
  return spans.filter((s) => s.start >= from && s.end <= to).map((s) => s.feature);
}

const JILONG = 'county-540234';
const SAKYA = 'county-540224';
const GYANGZE = 'county-540222';
const SAMZHUBZE = 'county-540202';
const CENTRAL_CITY = 'town-540202';
const LHAZE = 'county-540225';
const TINGRI = 'county-540223';
const YADONG = 'county-540233';
const ZHONGBA = 'county-540232';
const NGAMRING = 'county-540226';
const XAITONGMOIN = 'county-540227';
const PILOT = 'park-gyirong-pilot-zone';
const COOP = 'park-gyirong-border-coop';
const LHALO = 'park-lhalo';
const SHANG_RIVER = 'park-shang-river';

/** Hand-checked against the plan: the text (or a snippet of a ref) → the features it names, in order. */
const CASES: Case[] = [
  // the 吉隆 family
  { text: '吉隆县', expected: [JILONG] },
  { text: '吉隆县吉隆镇', expected: ['town-540234101', JILONG] },
  { text: '重点发展吉隆口岸', expected: ['port-gyirong'] },
  { text: '发挥吉隆国家重点开发开放试验区在对外开放合作中的前沿作用', expected: [PILOT] },
  { text: '吉隆边境经济合作区、吉隆国家重点开发开放试验区基础设施建设项目', expected: [COOP, PILOT] },
  { text: '以及吉隆国家重点开发开放试验区(边境经济合作区)的加快建设', expected: [PILOT, COOP] },
  { text: '扎实建设吉隆国家重点开发开放试验区和边境经济合作区', expected: [PILOT, COOP] },
  { text: '吉隆沟生态休闲旅游度假区', expected: [JILONG] },
  // A work's name names the work and the places inside it.
  { text: '加快推进日喀则至吉隆高等级公路', expected: ['road-shigatse-gyirong', JILONG] },
  { text: '日喀则(吉隆)陆上边境口岸型国家物流枢纽', expected: [JILONG] },
  {
    text: '吉隆县吉隆 、仲巴县帕羊镇 、定日县白坝村和巴松村',
    expected: ['town-540234101', JILONG, 'town-540232100', ZHONGBA, TINGRI],
  },
  // the two 卡嘎镇
  { text: '昂仁县卡嘎镇', expected: ['town-540226100', NGAMRING] },
  { text: '谢通门县卡嘎镇', expected: ['town-540227100', XAITONGMOIN] },
  { text: '谢通门县达木夏乡、卡嘎镇', expected: ['town-540227200', XAITONGMOIN, 'town-540227100'] },
  { text: '昂仁县的桑桑镇和卡嘎镇', expected: ['county-540226', 'town-540226101', 'town-540226100'] },
  { text: '卡嘎镇特色小镇建设', expected: [] },
  { text: '仲巴县帕羊镇、卡嘎镇', expected: ['town-540232100', ZHONGBA] },
  // 亚东
  { text: '持续推动亚东口岸的设立和开放', expected: ['port-yadong'] },
  { text: '和亚东乃堆拉等众多传统边民互市贸易通道', expected: ['passage-nathula'] },
  { text: '鼓励亚东乃堆拉边民互市贸易通道、吉隆口岸率先开展', expected: ['passage-nathula', 'port-gyirong'] },
  { text: '促进乃堆拉边贸通道发展和拓展', expected: ['passage-nathula'] },
  { text: '加快江孜、拉孜、亚东等县级区域医疗中心建设', expected: [GYANGZE, LHAZE, YADONG] },
  { text: '亚东县上亚东乡、下亚东乡', expected: ['town-540233201', YADONG, 'town-540233200'] },
  // 樟木
  { text: '着力提升樟木口岸货运和旅游通道功能', expected: ['port-zhangmu'] },
  { text: '聂拉木县樟木镇', expected: ['town-540235101', 'county-540235'] },
  { text: '恢复樟木货运通道', expected: ['port-zhangmu'] },
  { text: '推进樟木边民新村建设', expected: ['town-540235101'] },
  { text: '构建日喀则市区珠峰樟木或吉隆口岸加德满都', expected: [SAMZHUBZE, 'port-zhangmu', 'port-gyirong'] },
  // lists of ports and markets
  {
    text: '吉隆、里孜、樟木、日屋、陈塘口岸等基础设施建设项目',
    expected: ['port-gyirong', 'port-lizi', 'port-zhangmu', 'port-riwu', 'port-chentang'],
  },
  {
    text: '以吉隆口岸、樟木口岸、里孜口岸、日屋—陈塘口岸和亚东乃堆拉',
    expected: ['port-gyirong', 'port-zhangmu', 'port-lizi', 'port-riwu', 'port-chentang', 'passage-nathula'],
  },
  { text: '亚东县堆纳朗果、仲巴县里孜等边贸市场建设项目', expected: ['market-duinalangguo', 'market-lizi'] },
  { text: '试点推动陈塘口岸-曲当边贸通道联合体建设', expected: ['port-chentang', 'passage-qudang'] },
  { text: '推进陈塘镇历史文化名镇建设', expected: ['town-540231101'] },
  { text: '深入研究设立绒辖口岸的可行性', expected: ['port-rongxia'] },
  { text: '深化绒辖边境小康村示范点建设', expected: [] },
  { text: '前瞻性研究日喀则铁路口岸的设立', expected: ['port-shigatse-rail'] },
  { text: '论证和平机场临时开放与航空口岸设立问题', expected: ['port-peace-airport'] },
  // 萨迦, 江孜 and their heritage
  { text: '整体保护以萨迦寺为核心的萨迦古城', expected: ['heritage-sakya', SAKYA, SAKYA] },
  { text: '萨迦县现代农业产业园', expected: ['park-sakya-modern-agri'] },
  { text: '萨迦县第二初级中学', expected: [SAKYA] },
  { text: '支持在桑珠孜区、萨迦古城、江孜古城、珠峰景区率先发展智慧旅游', expected: [SAMZHUBZE, SAKYA, GYANGZE] },
  {
    text: '推进扎什伦布寺、萨迦寺、白居寺联合申报世界文化遗产',
    expected: ['heritage-tashilhunpo', SAMZHUBZE, 'heritage-sakya', SAKYA, 'heritage-pelkor-chode', GYANGZE],
  },
  {
    text: '江孜县康卓灌区、康马县涅如灌区',
    expected: [GYANGZE, 'irrigation-kangzhuo', 'county-540230', 'irrigation-nieru'],
  },
  // 桑珠孜区 vs 日喀则
  { text: '桑珠孜区和拉孜县先后被列为', expected: [SAMZHUBZE, LHAZE] },
  { text: '将桑珠孜区建设成为', ref: 'c05.s2.p1', expected: [SAMZHUBZE, CENTRAL_CITY] },
  {
    text: '推动形成桑珠孜区、江孜镇、萨迦镇',
    ref: 'c13.s2.p1',
    expected: [SAMZHUBZE, CENTRAL_CITY, 'town-540222100', SAKYA],
  },
  { text: '以桑珠孜区为中心,涵盖白朗县和江孜县', ref: 'c03.s1.p1', expected: [SAMZHUBZE, 'county-540228', GYANGZE] },
  { text: '桑珠孜区', ref: 'col04.t1.e1', expected: [SAMZHUBZE, CENTRAL_CITY] },
  { text: '大力提升日喀则市区的综合服务功能', ref: 'c05.s1.p1', expected: [SAMZHUBZE, CENTRAL_CITY] },
  { text: '日喀则市区、各县县城', expected: [SAMZHUBZE] },
  { text: '以桑珠孜国际物流枢纽为核心', expected: [SAMZHUBZE] },
  { text: '桑珠孜区江当乡苗圃基地', expected: ['town-540202207', SAMZHUBZE] },
  { text: '研究制定日喀则市历史文化名城保护条例', expected: [] },
  { text: '立足日喀则市区位条件', expected: [] },
  { text: '成为日喀则市区域性公共文化服务核心区', expected: [] },
  { text: '建设日喀则国家物流枢纽', expected: [] },
  // 拉孜, 定日
  { text: '拉孜县拉孜镇等一批', expected: ['town-540225101', LHAZE] },
  { text: '加快推进江孜县、拉孜县撤县设市', expected: [GYANGZE, LHAZE] },
  { text: 'G4218线拉孜至阿里', expected: [LHAZE] },
  { text: '加快定日高山应急救援医院建设', expected: [TINGRI] },
  { text: '扎实推进定日县生态综合补偿试点工作', expected: [TINGRI] },
  { text: '定日县协格尔镇曲夏村', expected: ['town-540223100', TINGRI] },
  { text: '高质量建设岗嘎镇定日登山徒步基地', expected: ['town-540223101', TINGRI] },
  // zones, parks, routes, breeds
  { text: '人口产业承载条件好的年楚河高质量发展核心区为重点', expected: ['core'] },
  { text: '加快构建“一核两带一廊”空间发展格局', expected: ['core', 'eco-belt', 'border-belt', 'corridor'] },
  { text: '涵盖仲巴县(非边境沿线区域)', expected: ['county-540232'] },
  { text: '湘河灌区现代农牧业示范园等园区', expected: ['park-shang-river'] },
  { text: '促进珠峰文化旅游创意产业园区健康发展', expected: ['park-everest-culture'] },
  {
    text: '包含白朗县国家现代农业产业园江当现代生态产业园年楚河现代农业产业园',
    expected: ['park-bailang-modern-agri', 'park-jiangdang', 'park-nyangchu'],
  },
  {
    text: '珠峰之旅:日喀则萨迦拉孜定日聂拉木吉隆',
    expected: ['route-everest', SAKYA, LHAZE, TINGRI, 'county-540235', JILONG],
  },
  { text: '(或普兰口岸)的跨境旅游环线', expected: ['route-cross-border-loop'] },
  { text: '做大岗巴羊霍尔巴羊产业带', expected: ['county-540237'] },
  { text: '帕里牦牛金丝牦牛', expected: ['town-540233101'] },
  { text: '亚东牦牛、仲巴吉拉牦牛', expected: [YADONG, 'county-540232'] },
  // A zone written without its last character, and the parks' irrigation districts.
  { text: '以雅江中上游生态文明高地建设为抓手', ref: 'c29.s1.p1', expected: ['eco-belt'] },
  { text: '持续扩大拉洛、湘河灌区等主产区', ref: 'c04.s3.p1', expected: [LHALO, SHANG_RIVER] },
  { text: '重点打造以拉洛、湘河灌区为核心的人工饲草基地', ref: 'c11.s1.p1', expected: [LHALO, SHANG_RIVER] },
  { text: '拉洛水利枢纽工程通水发电,湘河水利枢纽', ref: 'c01.s1.p4', expected: [LHALO, SAKYA, 'hub-xianghe'] },
  { text: '推进湘河水利枢纽、帕孜水利枢纽', ref: 'c08.s1.p1', expected: ['hub-xianghe', 'hub-pazi'] },
  // County+town names both, in the real passages.
  { text: '桑珠孜区江当乡', ref: 'col04.t4.e1', expected: ['town-540202207', SAMZHUBZE] },
];

/** Found features that the hand check expects (each expected one counted once). */
function correctOf(got: readonly string[], expected: readonly string[]): number {
  const left = [...expected];
  let correct = 0;
  for (const id of got) {
    const at = left.indexOf(id);
    if (at >= 0) {
      correct++;
      left.splice(at, 1);
    }
  }
  return correct;
}

const tally = { found: 0, correct: 0, expected: 0 };

describe('the mention finder on hand-checked cases', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$text → $expected', (c) => {
    const got = found(c);
    tally.found += got.length;
    tally.expected += c.expected.length;
    tally.correct += correctOf(got, c.expected);
    expect(got).toEqual(c.expected);
  });

  afterAll(() => {
    const precision = tally.correct / tally.found;
    const recall = tally.correct / tally.expected;
    console.log(
      `links finder on ${CASES.length} hand-checked cases: precision ${precision.toFixed(3)} ` +
        `(${tally.correct}/${tally.found}), recall ${recall.toFixed(3)} (${tally.correct}/${tally.expected})`,
    );
    expect(precision).toBe(1);
  });
});

describe('ambiguous names', () => {
  it('leaves a 卡嘎镇 with no county in reach unresolved, with both towns as candidates', () => {
    const { spans, unresolved } = findMentions('卡嘎镇特色小镇建设', lexicon);
    expect(spans).toEqual([]);
    expect(unresolved).toEqual([
      { start: 0, end: 3, surface: '卡嘎镇', candidates: ['town-540226100', 'town-540227100'] },
    ]);
  });

  it('leaves a 卡嘎镇 unresolved when the last county named has no town of that name', () => {
    const { unresolved } = findMentions('仲巴县帕羊镇、卡嘎镇', lexicon);
    expect(unresolved.map((u) => u.surface)).toEqual(['卡嘎镇']);
  });

  it('leaves a bare 里孜 with no clue unresolved (port, market or village)', () => {
    const { unresolved } = findMentions('在里孜建设新村', lexicon);
    expect(unresolved).toEqual([{ start: 1, end: 3, surface: '里孜', candidates: ['market-lizi', 'port-lizi'] }]);
  });

  it('gives UTF-16 offsets that slice the text to the name', () => {
    const text = '以吉隆口岸、樟木口岸为重点';
    const { spans } = findMentions(text, lexicon);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['吉隆口岸', '樟木口岸']);
  });
});

describe('county+town names', () => {
  const links = JSON.parse(readFileSync(LINKS_JSON, 'utf8')) as Links;

  it('span the whole compound for both the town and the county', () => {
    const text = '加快推进桑珠孜区江当乡建设';
    const { spans } = findMentions(text, lexicon);
    expect(spans.map((s) => [s.feature, text.slice(s.start, s.end)])).toEqual([
      ['town-540202207', '桑珠孜区江当乡'],
      [SAMZHUBZE, '桑珠孜区江当乡'],
    ]);
  });

  it('list the passage among the county’s links', () => {
    const refsOf = (id: string) => (links.byFeature[id] ?? []).map((r) => r.ref);
    expect(refsOf(SAMZHUBZE)).toContain('col04.t4.e1');
    expect(refsOf('county-540231')).toContain('col04.t4.e16');
  });
});
