import { buffer, featureCollection, intersect, lineString, union } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CorridorAxisProps, ZoneProps } from '../../src/data/types';
import { ZONE_FACTS } from './zone-facts';

/** A stop on an axis: a town of the AMap table, or a place of places.json. */
export type Waypoint = { town: string; county: string } | { place: string };

interface AxisPlan {
  id: string;
  anchor: string;
  anchor_en: string;
  roads: string[];
  via: Waypoint[];
}

// The hub is AMap's point for 桑珠孜区 itself (the city centre).
const HUB: Waypoint = { town: '桑珠孜区', county: '桑珠孜区' };
const LHATSE: Waypoint = { town: '曲下镇', county: '拉孜县' };
const SHELKAR: Waypoint = { town: '协格尔镇', county: '定日县' };
const GANGGA: Waypoint = { town: '岗嘎镇', county: '定日县' };

/**
 * The corridor's axes, from the hub 桑珠孜区 to each anchor the plan names
 * (第三章第一节), through the towns on the main roads the plan lists in 第五章
 * (G318, G219, G216…). Straight segments between towns: schematic (示意).
 */
export const AXES: AxisPlan[] = [
  {
    id: 'axis-gyirong',
    anchor: '吉隆口岸',
    anchor_en: 'Gyirong Port',
    roads: ['G318', 'G216'],
    via: [
      HUB,
      LHATSE,
      SHELKAR,
      GANGGA,
      { town: '宗嘎镇', county: '吉隆县' },
      { town: '吉隆镇', county: '吉隆县' },
      { place: 'port-gyirong' },
    ],
  },
  {
    id: 'axis-zhangmu',
    anchor: '樟木口岸',
    anchor_en: 'Zhangmu (Dram) Port',
    roads: ['G318'],
    via: [
      HUB,
      LHATSE,
      SHELKAR,
      GANGGA,
      { town: '聂拉木镇', county: '聂拉木县' },
      { town: '樟木镇', county: '聂拉木县' },
      { place: 'port-zhangmu' },
    ],
  },
  {
    id: 'axis-lizi',
    anchor: '里孜口岸',
    anchor_en: 'Lizi Port',
    roads: ['G318', 'G219'],
    via: [
      HUB,
      LHATSE,
      { town: '桑桑镇', county: '昂仁县' },
      { town: '加加镇', county: '萨嘎县' },
      { town: '拉让乡', county: '仲巴县' },
      { place: 'port-lizi' },
    ],
  },
  {
    id: 'axis-riwu-chentang',
    anchor: '日屋—陈塘口岸',
    anchor_en: 'Riwu–Chentang Ports',
    roads: [],
    via: [
      HUB,
      { town: '吉定镇', county: '萨迦县' },
      { town: '江嘎镇', county: '定结县' },
      { town: '日屋镇', county: '定结县' },
      { place: 'port-riwu' },
    ],
  },
  {
    id: 'axis-chentang',
    anchor: '日屋—陈塘口岸',
    anchor_en: 'Riwu–Chentang Ports',
    roads: [],
    via: [{ town: '江嘎镇', county: '定结县' }, { town: '陈塘镇', county: '定结县' }, { place: 'port-chentang' }],
  },
  {
    id: 'axis-yadong',
    anchor: '亚东乃堆拉',
    anchor_en: 'Yadong – Nathu La',
    roads: [],
    via: [
      HUB,
      { town: '江孜镇', county: '江孜县' },
      { town: '康马镇', county: '康马县' },
      { town: '帕里镇', county: '亚东县' },
      { town: '下司马镇', county: '亚东县' },
      { place: 'passage-nathula' },
    ],
  },
];

export interface ResolvedWaypoint {
  name: string;
  position: Position;
}

/** The corridor band's half-width. The plan gives none; 15 km reads as a band at city scale. */
export const BAND_HALF_WIDTH_KM = 15;

export function buildCorridor(
  resolve: (w: Waypoint) => ResolvedWaypoint,
  cityOutline: Feature<Polygon | MultiPolygon>,
  countyIds: string[],
) {
  const axes = AXES.map((axis): Feature<LineString, CorridorAxisProps> => {
    const stops = axis.via.map(resolve);
    return lineString(
      stops.map((s) => s.position),
      {
        kind: 'corridor-axis',
        id: axis.id,
        name: `${stops[0]!.name}—${axis.anchor}`,
        name_en: `Corridor axis to ${axis.anchor_en}`,
        anchor: axis.anchor,
        roads: axis.roads,
        via: stops.map((s) => s.name),
        source:
          'straight segments between the sourced positions of the towns and ports it passes (示意, not the road alignment)',
        precision: 'schematic',
      },
    );
  });
  const bands = axes.map((a) => buffer(a, BAND_HALF_WIDTH_KM, { units: 'kilometers', steps: 6 })!);
  const band = union(featureCollection(bands as Feature<Polygon | MultiPolygon>[]));
  const clipped = band && intersect(featureCollection([band, cityOutline]));
  if (!clipped) throw new Error('corridor: empty band');
  const fact = ZONE_FACTS.find((z) => z.id === 'corridor')!;
  const zone: Feature<Polygon | MultiPolygon, ZoneProps> = {
    type: 'Feature',
    properties: {
      kind: 'zone',
      id: 'corridor',
      name: fact.name,
      name_en: fact.name_en,
      counties: countyIds,
      source: `band of ${BAND_HALF_WIDTH_KM} km either side of the corridor axes, clipped to the city (示意)`,
      precision: 'schematic',
    },
    geometry: clipped.geometry,
  };
  return { zone, axes };
}
