import { describe, expect, it } from 'vitest';
import { KNOWN_CRS, normaliseCrsName } from '../../src/import/crs/definitions';
import { crsFromPrj } from '../../src/import/crs/prj';
import { prefixedZoneCodes, toLonLat } from '../../src/import/crs/projected-guess';
import { runImport } from '../../src/import/run-import';
import { loadImportContext, textFile } from './support/import-context';

// Reference values from PROJ: `echo "lat lon" | cs2cs -d 4 EPSG:4490 EPSG:<code>` (output northing, easting).
const CS2CS: { code: string; lon: number; lat: number; easting: number; northing: number }[] = [
  { code: 'EPSG:4517', lon: 87.12, lat: 28.66, easting: 29511730.7315, northing: 3171592.0068 },
  { code: 'EPSG:4517', lon: 87.63, lat: 29.08, easting: 29561339.8422, northing: 3218300.1477 },
  { code: 'EPSG:4517', lon: 86.1, lat: 30.5, easting: 29413599.2297, northing: 3375886.1611 },
  { code: 'EPSG:4517', lon: 88.4, lat: 27.9, easting: 29637841.2961, northing: 3088148.0012 },
  { code: 'EPSG:4537', lon: 85.3, lat: 28.85, easting: 626858.8843, northing: 3193338.6458 },
  { code: 'EPSG:4539', lon: 88.88, lat: 29.27, easting: 391149.5908, northing: 3239715.7868 },
  { code: 'EPSG:4492', lon: 85.3, lat: 28.85, easting: 14919802.7843, northing: 3200254.3711 },
];

function metres(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  return Math.hypot((a[0] - b[0]) * rad * Math.cos(a[1] * rad), (a[1] - b[1]) * rad) * 6_371_000;
}

const ctx = loadImportContext();

describe('CGCS2000 Gauss–Krüger definitions', () => {
  for (const ref of CS2CS) {
    it(`${ref.code} inverts cs2cs's (${ref.easting}, ${ref.northing}) to within 1 m`, () => {
      const crs = KNOWN_CRS.get(ref.code);
      if (!crs) throw new Error(`${ref.code} is not defined`);
      const lonLat = toLonLat(crs, ref.easting, ref.northing);
      expect(lonLat).not.toBeNull();
      expect(metres(lonLat ?? [0, 0], [ref.lon, ref.lat])).toBeLessThan(1);
    });
  }

  it('defines all 64 CGCS2000 Gauss–Krüger codes (42 3° and 22 6°) with the right meridians and false eastings', () => {
    const codes = [...KNOWN_CRS.keys()].filter((c) => KNOWN_CRS.get(c)?.kind === 'gauss-kruger');
    expect(codes).toHaveLength(64);
    expect(KNOWN_CRS.get('EPSG:4513')?.proj4).toContain('+lon_0=75 +k=1 +x_0=25500000');
    expect(KNOWN_CRS.get('EPSG:4533')?.proj4).toContain('+lon_0=135 +k=1 +x_0=45500000');
    expect(KNOWN_CRS.get('EPSG:4538')?.proj4).toContain('+lon_0=87 +k=1 +x_0=500000');
    expect(KNOWN_CRS.get('EPSG:4493')?.proj4).toContain('+lon_0=87 +k=1 +x_0=15500000');
    expect(KNOWN_CRS.get('EPSG:4504')?.proj4).toContain('+lon_0=87 +k=1 +x_0=500000');
    expect(KNOWN_CRS.get('EPSG:4512')?.proj4).toContain('+lon_0=135');
  });

  it('a whole import of zone-29 eastings lands within 1 m of cs2cs', async () => {
    const features = CS2CS.filter((r) => r.code === 'EPSG:4517').map((r) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [r.easting, r.northing] },
    }));
    const result = await runImport(
      [textFile('gk.geojson', JSON.stringify({ type: 'FeatureCollection', features }))],
      {},
      ctx,
    );
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.crs).toBe('EPSG:4517');
    result.features.forEach((f, i) => {
      const ref = CS2CS[i];
      if (!ref || f.geometry.type !== 'Point') throw new Error('missing point');
      expect(metres(f.geometry.coordinates as [number, number], [ref.lon, ref.lat])).toBeLessThan(1);
    });
  });
});

describe('zone prefix detection', () => {
  it('reads 3° zones 25–45 and 6° zones 13–23 from the leading two digits', () => {
    expect(prefixedZoneCodes(29_587_000)).toEqual(['EPSG:4517']);
    expect(prefixedZoneCodes(25_400_000)).toEqual(['EPSG:4513']);
    expect(prefixedZoneCodes(45_400_000)).toEqual(['EPSG:4533']);
    expect(prefixedZoneCodes(15_500_000)).toEqual(['EPSG:4493']);
    expect(prefixedZoneCodes(24_500_000)).toEqual([]);
  });

  it('asks which zone when eastings have no prefix, with a sample and insideCity for each', async () => {
    const text = JSON.stringify({ type: 'Point', coordinates: [626858.8843, 3193338.6458] });
    const result = await runImport([textFile('plain.geojson', text)], {}, ctx);
    if (result.status !== 'question' || result.question.kind !== 'crs') throw new Error(JSON.stringify(result));
    const byCode = new Map(result.question.candidates.map((c) => [c.crs, c]));
    expect([...byCode.keys()]).toEqual(['EPSG:4537', 'EPSG:4538', 'EPSG:4539', 'EPSG:4504']);
    const cm84 = byCode.get('EPSG:4537');
    expect(metres(cm84?.sample ?? [0, 0], [85.3, 28.85])).toBeLessThan(1);
    expect(cm84?.insideCity).toBe(true);
    expect(byCode.get('EPSG:4539')?.insideCity).toBe(false);
  });

  it('normalises CRS names from GeoJSON crs members', () => {
    expect(normaliseCrsName('urn:ogc:def:crs:EPSG::4517')).toBe('EPSG:4517');
    expect(normaliseCrsName('EPSG:4490')).toBe('EPSG:4490');
    expect(normaliseCrsName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(normaliseCrsName('WGS 84')).toBeNull();
  });
});

describe('.prj reading', () => {
  const esri29 =
    'PROJCS["CGCS2000_3_Degree_GK_Zone_29",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",' +
    'SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
    'PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",29500000.0],PARAMETER["False_Northing",0.0],' +
    'PARAMETER["Central_Meridian",87.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

  it('maps Esri Gauss_Kruger to the matching CGCS2000 zone', () => {
    expect(crsFromPrj(esri29)?.id).toBe('EPSG:4517');
  });

  it('maps Gauss-Kruger and Transverse_Mercator spellings too, reading meridian and false easting', () => {
    expect(crsFromPrj(esri29.replace('Gauss_Kruger', 'Transverse_Mercator'))?.id).toBe('EPSG:4517');
    const other = crsFromPrj(esri29.replace('Gauss_Kruger', 'Gauss-Kruger').replace('29500000.0', '500000.0'));
    expect(other?.id).toBe('EPSG:4538');
  });

  it('keeps an unmatched transverse Mercator as its own proj4 definition', () => {
    const custom = crsFromPrj(esri29.replace('87.0', '86.5'));
    expect(custom?.proj4).toContain('+proj=tmerc +lat_0=0 +lon_0=86.5');
    expect(custom?.proj4).toContain('+x_0=29500000');
  });

  it('lets a top-level EPSG authority win over the parameters', () => {
    const wkt = esri29.replace(/\]$/, ',AUTHORITY["EPSG","4518"]]');
    expect(crsFromPrj(wkt)?.id).toBe('EPSG:4518');
  });

  it('recognises CGCS2000 and WGS 84 geographic .prj files', () => {
    expect(
      crsFromPrj(
        'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]',
      )?.id,
    ).toBe('EPSG:4490');
    expect(
      crsFromPrj(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      )?.id,
    ).toBe('EPSG:4326');
    expect(crsFromPrj('not wkt at all')).toBeNull();
  });
});

describe('lat/lon swap', () => {
  it('swaps back when every point is valid for the city only as lat, lon', async () => {
    const text = JSON.stringify({
      type: 'MultiPoint',
      coordinates: [
        [28.85, 85.3],
        [29.27, 88.88],
      ],
    });
    const result = await runImport([textFile('swapped.geojson', text)], {}, ctx);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.features[0]?.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [85.3, 28.85],
        [88.88, 29.27],
      ],
    });
    expect(result.warnings.some((w) => w.en.includes('swapped'))).toBe(true);
  });

  it('does not swap when only some points look swapped', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [28.85, 85.3] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [88.88, 29.27] } },
      ],
    });
    const result = await runImport([textFile('half.geojson', text)], {}, ctx);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [88.88, 29.27] });
    expect(result.warnings.some((w) => w.en.includes('swapped'))).toBe(false);
  });
});
