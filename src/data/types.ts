/**
 * Feature properties of the files in geodata/, one interface per `kind`.
 * The data build (scripts/) writes them and the app reads them, so both import
 * these types; the tests check every committed feature against them.
 */

/** The four parts of the plan's "一核两带一廊" (第三章第一节). */
export type ZoneId = 'core' | 'eco-belt' | 'border-belt' | 'corridor';

/** How exactly a geometry places the thing it stands for. */
export type Precision =
  /** An administrative boundary or a surveyed point from the named source. */
  | 'source'
  /** A town's seat (the township government), not its whole area. */
  | 'town-centre'
  /** Placed from a description (direction and distance, a host town). */
  | 'approximate'
  /** A shape the plan only sketches (示意): split lines, corridor bands, axes. */
  | 'schematic';

interface FeatureBase {
  /** Stable ASCII id, unique across all files. */
  id: string;
  name: string;
  name_en: string;
  /** Where the geometry came from. */
  source: string;
  precision: Precision;
}

export interface CountyProps extends FeatureBase {
  kind: 'county';
  /** GB/T 2260 code, e.g. "540234". */
  code: string;
  /** The seat of the county government (县人民政府驻地). */
  seat: string;
  seat_en: string;
  zones: ZoneId[];
  /** One of the plan's "9个边境县". */
  border: boolean;
  /** 仲巴县 and 萨嘎县: the plan splits them into 边境沿线区域 and 非边境沿线区域. */
  split: boolean;
  /** Where the county's name is written: its pole of inaccessibility, computed at build time. */
  label_at: [number, number];
}

export interface ZoneProps extends FeatureBase {
  kind: 'zone';
  id: ZoneId;
  /** County ids the zone is made of (a split county counts in both belts). */
  counties: string[];
}

/** Why a township of a split county is on its side (geodata/sources/border-villages.json). */
export type TownshipBasis =
  /** A village record marks one of its villages 边境村. */
  | 'village-record'
  /** The sources are silent: its Voronoi cell reaches (or not) the national border. */
  | 'geometric';

/** A township of a split county, with the evidence for its side. */
export interface TownshipSide {
  code: string;
  name: string;
  basis: TownshipBasis;
  /** The villages recorded as 边境村 (village-record only). */
  border_villages: string[];
  /** The pages cited for it (village-record only). */
  sources: string[];
}

/** One side of a split county (示意). */
export interface CountyPartProps extends FeatureBase {
  kind: 'county-part';
  county: string;
  zone: Extract<ZoneId, 'eco-belt' | 'border-belt'>;
  /** Township codes whose area (approximated) makes up this part. */
  townships: string[];
  /** The same townships with the basis of each, for an audit of the split. */
  township_basis: TownshipSide[];
}

/** The dividing line between the two parts of a split county (示意). */
export interface SplitLineProps extends FeatureBase {
  kind: 'split-line';
  county: string;
}

/** A main-road axis of the 面向南亚开发开放合作走廊, hub to anchor (示意). */
export interface CorridorAxisProps extends FeatureBase {
  kind: 'corridor-axis';
  /** The anchor the axis leads to, as the plan names it. */
  anchor: string;
  /** Roads the axis follows (G318, G216…). */
  roads: string[];
  /** Names of the places the line passes, in order. */
  via: string[];
}

/** Grey context beyond the city: neighbouring prefectures. */
export interface NeighbourProps extends FeatureBase {
  kind: 'neighbour';
  /** Where its name is written (pole of inaccessibility, computed at build time). */
  label_at: [number, number];
}

/** A country name placed beyond the border. */
export interface CountryLabelProps extends FeatureBase {
  kind: 'country-label';
}

/** The four tiers of the town system (第五章第一节 专栏). */
export type TierId = 'central-city' | 'key-node' | 'node' | 'key-township';

/** Roles the plan gives some towns. */
export type TownRoleId =
  | 'regional-centre'
  | 'sub-centre'
  | 'featured-town'
  | 'to-town'
  | 'tourism-node'
  | 'western-circle';

/** A place of the plan's town system, at its seat (镇/乡 government) or, for 桑珠孜区, the city. */
export interface TownProps extends FeatureBase {
  kind: 'town';
  /** Official township code (9 digits), or the county code for the central city. */
  code: string;
  tier: TierId;
  /** The tier as the plan names it (中心城市…). */
  tier_name: string;
  /** County id (county-5402xx): two towns are named 卡嘎镇, so the name alone is no identity. */
  county: string;
  county_name: string;
  is_county_seat: boolean;
  roles: TownRoleId[];
  /** The plan's own words for each role, in the order of `roles`. */
  role_quotes: string[];
  /** The second source the position was checked against, and how far apart they are. */
  checked?: string;
  /** Why a position is approximate. */
  note?: string;
  /** The zones of 一核两带一廊 it lies in (computed at build time). */
  zones: ZoneId[];
}

/** The plan's type of a port or border-trade place (第二十六章, 专栏12). */
export type PortType = '口岸' | '边贸通道' | '边贸市场' | '物流设施';

/** What the plan asks for it: expand an open one, set one up (open, build), or study it. */
export type PortStatus = 'expand' | 'set-up' | 'study';

/** A port, border-trade passage or market, or a customs/logistics facility. */
export interface PortProps extends FeatureBase {
  kind: 'port';
  port_type: PortType;
  status: PortStatus;
  county: string;
  county_name: string;
  /** The plan's words about it (with their place in the text file). */
  plan_quote: string;
  /** True where the plan never writes the name as one word (e.g. 日屋口岸 in "日屋、陈塘口岸"). */
  name_is_composed: boolean;
  note?: string;
  zones: ZoneId[];
}

/** One of the 九大园区 (第十四章, 专栏10), or a park inside one. */
export interface ParkProps extends FeatureBase {
  kind: 'park';
  /** Id of the park this one belongs to (日喀则国家农业科技园区 contains three…). */
  parent: string | null;
  category: '经济开发区' | '农业园区' | '文化旅游园区' | '开发开放试验区' | '数字产业园';
  county: string | null;
  county_name: string | null;
  /** The park's line in 专栏10: focus industries and positioning, as written. */
  focus: string;
  /** False where no location is published: the point is a display fallback (示意). */
  located: boolean;
  note?: string;
  zones: ZoneId[];
}

/** A tourism route of 专栏9, through the places it names (示意). */
export interface RouteProps extends FeatureBase {
  kind: 'route';
  route_type: 'tourism' | 'cross-border';
  /** The places in the order the plan lists them. */
  stops: string[];
  /** The same stops in English. */
  stops_en: string[];
  /** The zones it passes through. */
  zones: ZoneId[];
}

export type ZonesFileProps = ZoneProps | CountyPartProps | SplitLineProps | CorridorAxisProps;
export type ContextFileProps = NeighbourProps | CountryLabelProps;

/** The kinds of the plan's named works (第六–八、十、十八、二十七章; 专栏5, 6, 13). */
export type WorkKind =
  | 'road'
  | 'railway'
  | 'airport'
  | 'tunnel'
  | 'water-hub'
  | 'reservoir'
  | 'irrigation'
  | 'power'
  | 'pipeline'
  | 'hazard'
  | 'protected-area'
  | 'heritage';

/** The filter's 项目类别: 交通, 能源, 水利, 公共安全, 生态保护, 文化遗产. */
export type WorkSector = 'transport' | 'energy' | 'water' | 'safety' | 'protection' | 'heritage';

/** How far along the plan puts a work: 建成, 开工建设, 加快推进/前期工作, 研究/论证. */
export type WorkStatus = 'built' | 'start-building' | 'preparatory' | 'study';

/**
 * A published position ('exact'), a host place or an encyclopedia point for an
 * area ('approximate'), or a line drawn between the places the plan names (示意).
 */
export type WorkPrecision = 'exact' | 'approximate' | 'schematic';

/** One of the plan's named works (geodata/works.geojson); unplaced ones have null geometry. */
export interface WorkProps {
  id: string;
  kind: WorkKind;
  sector: WorkSector;
  /** As the plan writes it. */
  name: string;
  name_en: string;
  /** Absent for heritage sites and protected areas, which the plan gives no progress. */
  status?: WorkStatus;
  /** The plan's own words for the status, each verbatim in a cited passage or project. */
  status_words?: string[];
  /** Paragraph ids of geodata/plan.json. */
  passages: string[];
  /** Project ids of 专栏 items (geodata/links.json, e.g. "col05.g1.i1.p1"). */
  projects: string[];
  /** County ids (county-5402xx) the plan or a source puts it in. */
  counties: string[];
  zones: ZoneId[];
  placed: boolean;
  /** Where the geometry came from; for an unplaced work, where the plan names it and that no position was found. */
  source: string;
  precision: WorkPrecision | null;
  unplaced_reason?: string;
  /** The second source the position was checked against, and how far apart they are. */
  checked?: string;
  note?: string;
}

/**
 * Physical geography (rivers.geojson, lakes.geojson): GSHHG carries no names,
 * so a river or lake has a name only where a sourced point names it
 * (`name_source`); an unnamed one has none and stays unlabelled.
 */
interface WaterBase {
  id: string;
  name?: string;
  name_en?: string;
  /** Where the name came from: present exactly when the feature is named. */
  name_source?: string;
  source: string;
  precision: 'source';
}

/** A river of GSHHG's WDBII: level 0 river-lakes, 1–4 permanent rivers from major to minor. */
export interface RiverProps extends WaterBase {
  kind: 'river';
  level: number;
}

/** The line a named river's name is written along: the river, much simplified (never drawn as a line). */
export interface RiverNameProps extends WaterBase {
  kind: 'river-name';
  name: string;
  name_en: string;
  name_source: string;
}

/** A lake of GSHHG's level-2 shores. */
export interface LakeProps extends WaterBase {
  kind: 'lake';
  area_km2: number;
}

/** A peak, with its elevation from its source. */
export interface PeakProps extends FeatureBase {
  kind: 'peak';
  elevation_m: number;
}

/** The national border: the parts of the county outlines that no other Chinese area shares. */
export interface NationalBorderProps extends FeatureBase {
  kind: 'national-border';
}
