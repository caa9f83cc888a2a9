import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Links } from '../../src/data/links-types';
import type { Plan } from '../../src/data/plan-types';
import type {
  CountyProps,
  ParkProps,
  PortProps,
  RouteProps,
  TownProps,
  WorkProps,
  ZonesFileProps,
} from '../../src/data/types';
import { NAME_VARIANTS } from '../geodata/town-system';
import { GEODATA_DIR } from '../links/files';

/** A row of geodata/sources/amap-townships-2018.csv (GCJ-02; blank where AMap publishes no point). */
export interface AmapRow {
  code: string;
  name: string;
  level: 'county' | 'town' | 'village';
  county: string;
  hasPoint: boolean;
}

export interface ApproximateTown {
  county: string;
  name: string;
  note: string;
}

export interface CrossCheck {
  county: string;
  name: string;
  amap_name: string;
}

export interface SourcePlace {
  key: string;
  name: string;
  name_variants?: string[];
  plan_text_form?: string;
}

/** A township of geodata/sources/border-villages.json: its side of the split and why. */
export interface BorderTownship {
  county: string;
  code: string;
  name: string;
  basis: 'village-record' | 'geometric';
  border: boolean;
  reason?: string;
  villages?: { name: string }[];
  citations?: { url: string; heading: string; words: string }[];
}

/** Everything the audit reads: the committed data, never the registry packages. */
export interface AuditInputs {
  plan: Plan;
  links: Links;
  counties: Feature<Geometry, CountyProps>[];
  zones: Feature<Geometry, ZonesFileProps>[];
  towns: Feature<Geometry, TownProps>[];
  ports: Feature<Geometry, PortProps>[];
  parks: Feature<Geometry, ParkProps>[];
  routes: Feature<Geometry, RouteProps>[];
  works: Feature<Geometry | null, WorkProps>[];
  amap: AmapRow[];
  approximateTowns: ApproximateTown[];
  crossCheck: CrossCheck[];
  sourcePlaces: SourcePlace[];
  /** Projects the works file explains as placeless. */
  projectsWithoutPlace: { project: string; reason: string }[];
  /** The evidence for the border split of 仲巴县 and 萨嘎县, township by township. */
  borderVillages: BorderTownship[];
  /** Where a registry writes a town's name differently (county/town → variant). */
  nameVariants: Record<string, { division?: string; amap?: string }>;
}

const json = <T>(dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
const features = <P, G extends Geometry | null = Geometry>(dir: string, file: string) =>
  json<FeatureCollection<G, P>>(dir, file).features;

function readAmap(dir: string): AmapRow[] {
  const [, ...lines] = readFileSync(join(dir, 'sources', 'amap-townships-2018.csv'), 'utf8')
    .trim()
    .split('\n');
  return lines.map((line) => {
    const [code = '', , name = '', level = '', county = '', lng = ''] = line.split(',');
    return { code, name, level: level as AmapRow['level'], county, hasPoint: lng !== '' };
  });
}

export function readAuditInputs(dir: string = GEODATA_DIR): AuditInputs {
  return {
    plan: json<Plan>(dir, 'plan.json'),
    links: json<Links>(dir, 'links.json'),
    counties: features<CountyProps>(dir, 'counties.geojson'),
    zones: features<ZonesFileProps>(dir, 'zones.geojson'),
    towns: features<TownProps>(dir, 'towns.geojson'),
    ports: features<PortProps>(dir, 'ports.geojson'),
    parks: features<ParkProps>(dir, 'parks.geojson'),
    routes: features<RouteProps>(dir, 'routes.geojson'),
    borderVillages: json<{ townships: BorderTownship[] }>(dir, 'sources/border-villages.json').townships,
    works: features<WorkProps, Geometry | null>(dir, 'works.geojson'),
    amap: readAmap(dir),
    approximateTowns: json<{ towns: ApproximateTown[] }>(dir, 'sources/approximate-towns.json').towns,
    crossCheck: json<CrossCheck[]>(dir, 'sources/towns-crosscheck.json'),
    sourcePlaces: json<SourcePlace[]>(dir, 'sources/places.json'),
    projectsWithoutPlace: json<{ projects_without_place: { project: string; reason: string }[] }>(
      dir,
      'sources/works.json',
    ).projects_without_place,
    nameVariants: NAME_VARIANTS,
  };
}
