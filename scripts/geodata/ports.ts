import type { Feature, Point } from 'geojson';
import type { PortProps } from '../../src/data/types';
import type { CountyFeature } from './counties';
import { type PlaceFact, placePosition } from './places';
import { PORT_FACTS } from './port-facts';
import { snapInside } from './snap-inside';

interface PlaceWithQuotes extends PlaceFact {
  plan_quotes?: { line: number; text: string }[];
  name_is_composed?: boolean | string;
}

const PRECISION: Record<string, PortProps['precision']> = {
  site: 'source',
  'town-centre': 'town-centre',
  approximate: 'approximate',
};

/** Ports, border-trade passages and markets, and the customs facilities of the plan. */
export function buildPorts(places: PlaceWithQuotes[], counties: CountyFeature[]): Feature<Point, PortProps>[] {
  return PORT_FACTS.map((fact) => {
    const place = places.find((p) => p.key === fact.key);
    if (!place) throw new Error(`ports: ${fact.key} is not in places.json`);
    const county = counties.find((c) => c.properties.name === place.county);
    if (!county) throw new Error(`ports: ${fact.key} names no county of the city (${place.county})`);
    const quote = place.plan_quotes?.[0];
    if (!quote) throw new Error(`ports: ${fact.key} has no plan quote`);
    const { position, movedKm } = snapInside(placePosition(place), county, county.properties.label_at);
    const notes = [
      place.note,
      movedKm > 0
        ? `Drawn ${movedKm.toFixed(1)} km from the source point, just inside the simplified county outline (the crossing is on the border).`
        : undefined,
    ].filter(Boolean);
    return {
      type: 'Feature',
      properties: {
        // Filled in once the zones are built (zone-membership.ts).
        zones: [],
        kind: 'port',
        id: fact.key,
        name: fact.name,
        name_en: fact.name_en,
        port_type: fact.port_type,
        status: fact.status,
        county: county.properties.id,
        county_name: county.properties.name,
        plan_quote: `${quote.text}（原文第${quote.line}行）`,
        name_is_composed: place.name_is_composed === true || place.name_is_composed === 'True',
        source: place.url ? `${place.source} <${place.url}>` : place.source,
        precision: PRECISION[place.precision] ?? 'approximate',
        ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      },
      geometry: { type: 'Point', coordinates: position },
    };
  });
}
