import type { Feature, Point } from 'geojson';
import type { ParkProps } from '../../src/data/types';
import type { CountyFeature } from './counties';
import { gcjToWgs } from './gcj02';
import { type PlaceFact, placePosition } from './places';

interface ParkPlace extends PlaceFact {
  focus_text?: string;
  fallback?: { basis: string; lng: number; lat: number; datum: 'GCJ-02' | 'WGS-84'; source: string };
}

/**
 * The parks of 第十四章 and 专栏10 (the "九大园区" and the parks inside them),
 * keyed by places.json. Names as 专栏10 writes them.
 */
const PARK_FACTS: { key: string; name_en: string; category: ParkProps['category']; parent: string | null }[] = [
  { key: 'park-sez', name_en: 'Shigatse Economic Development Zone', category: '经济开发区', parent: null },
  {
    key: 'park-agri-sci',
    name_en: 'Shigatse National Agricultural Science and Technology Park',
    category: '农业园区',
    parent: null,
  },
  {
    key: 'park-bailang-modern-agri',
    name_en: 'Bainang National Modern Agriculture Park',
    category: '农业园区',
    parent: 'park-agri-sci',
  },
  {
    key: 'park-jiangdang',
    name_en: 'Jiangdang Modern Ecological Industry Park',
    category: '农业园区',
    parent: 'park-agri-sci',
  },
  {
    key: 'park-nyangchu',
    name_en: 'Nyangchu River Modern Agriculture Park',
    category: '农业园区',
    parent: 'park-agri-sci',
  },
  {
    key: 'park-everest-culture',
    name_en: 'Everest Cultural Tourism and Creative Industry Park',
    category: '文化旅游园区',
    parent: null,
  },
  {
    key: 'park-gyirong-pilot-zone',
    name_en: 'Gyirong National Key Development and Opening-up Pilot Zone',
    category: '开发开放试验区',
    parent: null,
  },
  {
    key: 'park-gyirong-border-coop',
    name_en: 'Gyirong Border Economic Cooperation Zone',
    category: '开发开放试验区',
    parent: 'park-gyirong-pilot-zone',
  },
  {
    key: 'park-lhalo',
    name_en: 'Lhalo Irrigation District Modern Farming and Herding Demonstration Zone',
    category: '农业园区',
    parent: null,
  },
  {
    key: 'park-sakya-modern-agri',
    name_en: 'Sakya Modern Agriculture Park',
    category: '农业园区',
    parent: 'park-lhalo',
  },
  {
    key: 'park-shang-river',
    name_en: 'Shang River Irrigation District Modern Farming and Herding Demonstration Zone',
    category: '农业园区',
    parent: null,
  },
  { key: 'park-digital', name_en: 'Digital Industry Park', category: '数字产业园', parent: null },
];

export function buildParks(places: ParkPlace[], counties: CountyFeature[]): Feature<Point, ParkProps>[] {
  return PARK_FACTS.map((fact) => {
    const place = places.find((p) => p.key === fact.key);
    if (!place) throw new Error(`parks: ${fact.key} is not in places.json`);
    const focus = place.focus_text;
    if (!focus) throw new Error(`parks: ${fact.key} has no 专栏10 text`);
    const county = counties.find((c) => c.properties.name === place.county) ?? null;
    const located = place.lng !== null && place.lat !== null;
    let position = located ? placePosition(place) : null;
    let source = place.url ? `${place.source} <${place.url}>` : (place.source ?? '');
    if (!position) {
      const fb = place.fallback;
      if (!fb) throw new Error(`parks: ${fact.key} has neither a position nor a display fallback`);
      position = fb.datum === 'GCJ-02' ? gcjToWgs([fb.lng, fb.lat]) : [fb.lng, fb.lat];
      source = `no published location; shown at ${fb.basis} (示意): ${fb.source}`;
    }
    return {
      type: 'Feature',
      properties: {
        // Filled in once the zones are built (zone-membership.ts).
        zones: [],
        kind: 'park',
        id: fact.key,
        name: place.name,
        name_en: fact.name_en,
        parent: fact.parent,
        category: fact.category,
        county: county?.properties.id ?? null,
        county_name: county?.properties.name ?? null,
        focus,
        located,
        source,
        precision: located ? 'approximate' : 'schematic',
        ...(place.note ? { note: place.note } : {}),
      },
      geometry: { type: 'Point', coordinates: position },
    };
  });
}
