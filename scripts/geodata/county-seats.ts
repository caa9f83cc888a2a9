import type { SeatFact } from './counties';
import { pinyinName } from './pinyin-name';
import type { PlaceFact } from './places';
import type { TownshipSeat } from './townships';

/**
 * The seat of each county government (县人民政府驻地), from the county-seat
 * entries of places.json, each with its source. 桑珠孜区 is administered from
 * 城北街道 (AMap's 城北办事处).
 */
export function countySeats(places: PlaceFact[], townships: TownshipSeat[]): Record<string, SeatFact> {
  const seats: Record<string, SeatFact> = {};
  for (const place of places) {
    if (place.subkind !== 'county-seat') continue;
    const known =
      townships.some((t) => t.county === place.county && t.name === place.name) || place.name.endsWith('街道');
    if (!known) throw new Error(`places.json: seat ${place.county}${place.name} is not a township of the AMap table`);
    seats[place.county] = { seat: place.name, seat_en: pinyinName(place.name) };
  }
  return seats;
}
