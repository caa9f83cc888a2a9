import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { gcjToWgs, roundPosition } from './gcj02';

/** A hand-compiled position with its source (geodata/sources/places.json). */
export interface PlaceFact {
  key: string;
  name: string;
  kind: string;
  subkind?: string | null;
  county: string;
  lng: number | null;
  lat: number | null;
  datum: 'WGS-84' | 'GCJ-02';
  precision: string;
  source: string;
  url?: string;
  note?: string;
}

export function readPlaces(path: string): PlaceFact[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const list = Array.isArray(json) ? json : (json as { places?: unknown }).places;
  if (!Array.isArray(list)) throw new Error(`${path}: expected an array of places`);
  return list as PlaceFact[];
}

/** The WGS-84 position of a place fact; an unsourced one is an error, never a guess. */
export function placePosition(place: PlaceFact): Position {
  if (place.lng === null || place.lat === null) throw new Error(`places.json: ${place.key} has no position`);
  return place.datum === 'GCJ-02' ? gcjToWgs([place.lng, place.lat]) : roundPosition([place.lng, place.lat]);
}
