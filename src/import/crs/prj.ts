import type { StatedCrs } from '../formats/source';
import { findGaussKruger, KNOWN_CRS } from './definitions';
import { child, children, nameOf, parseWkt, type WktNode } from './wkt';

const TRANSVERSE_MERCATOR = /^(gauss[_\- ]?kruger|transverse[_ ]mercator|gauss[_ ]kruger_3_degree)$/i;
const WEB_MERCATOR = /(mercator_auxiliary_sphere|pseudo[_ ]mercator|popular_visualisation)/i;

function authorityCode(node: WktNode): string | null {
  const authority = child(node, 'AUTHORITY');
  const [org, code] = authority?.args ?? [];
  if (typeof org !== 'string' || org.toUpperCase() !== 'EPSG') return null;
  return `EPSG:${String(code)}`;
}

function parameters(node: WktNode): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of children(node, 'PARAMETER')) {
    const value = p.args[1];
    if (typeof value === 'number') out.set(nameOf(p).toLowerCase(), value);
  }
  return out;
}

function geographic(node: WktNode): StatedCrs {
  const text = JSON.stringify(node).toUpperCase();
  const isCgcs = text.includes('CGCS') || text.includes('CHINA_2000') || text.includes('CHINA GEODETIC');
  const code = isCgcs ? 'EPSG:4490' : 'EPSG:4326';
  return { id: code, proj4: KNOWN_CRS.get(code)?.proj4 ?? '' };
}

function spheroidTerms(node: WktNode): string {
  const spheroid = child(child(child(node, 'GEOGCS') ?? node, 'DATUM') ?? node, 'SPHEROID');
  const [, a, rf] = spheroid?.args ?? [];
  return typeof a === 'number' && typeof rf === 'number' && rf > 0 ? `+a=${a} +rf=${rf}` : '+ellps=GRS80';
}

/** Read a .prj (WKT1, Esri or OGC flavour) into a CRS; null if we cannot use it. */
export function crsFromPrj(text: string): StatedCrs | null {
  const root = parseWkt(text);
  if (!root) return null;
  const code = authorityCode(root);
  const known = code ? KNOWN_CRS.get(code) : undefined;
  if (known) return { id: known.code, proj4: known.proj4 };
  if (root.keyword === 'GEOGCS' || root.keyword === 'GEOGCRS') return geographic(root);
  if (root.keyword !== 'PROJCS') return null;
  const projection = nameOf(child(root, 'PROJECTION'));
  if (WEB_MERCATOR.test(projection) || WEB_MERCATOR.test(nameOf(root))) {
    return { id: 'EPSG:3857', proj4: KNOWN_CRS.get('EPSG:3857')?.proj4 ?? '' };
  }
  // Esri writes Gauss_Kruger, which proj4 cannot parse: it is a transverse Mercator.
  if (!TRANSVERSE_MERCATOR.test(projection)) return null;
  const p = parameters(root);
  const lon0 = p.get('central_meridian') ?? p.get('longitude_of_center');
  if (lon0 === undefined) return null;
  const x0 = p.get('false_easting') ?? 0;
  const y0 = p.get('false_northing') ?? 0;
  const k = p.get('scale_factor') ?? 1;
  const lat0 = p.get('latitude_of_origin') ?? 0;
  const match = y0 === 0 && k === 1 && lat0 === 0 ? findGaussKruger(lon0, x0) : undefined;
  if (match) return { id: match.code, proj4: match.proj4 };
  return {
    id: `tmerc lon_0=${lon0} x_0=${x0}`,
    proj4: `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=${y0} ${spheroidTerms(root)} +units=m +no_defs`,
  };
}
