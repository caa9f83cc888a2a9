/// <reference path="./shpjs.d.ts" />
import { crsFromPrj } from '../crs/prj';
import { fileMessage, refuse } from '../messages';
import type { ImportFile } from '../types';
import { dbfEncoding } from './dbf-encoding';
import { emptySource, type ParsedSource } from './source';

const PART_EXTENSIONS = ['shp', 'shx', 'dbf', 'prj', 'cpg'];

function extension(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot < 0 ? name : name.slice(0, dot)).toLowerCase();
}

/** Whether a file name is one part of a shapefile. */
export function isShapefilePart(name: string): boolean {
  return PART_EXTENSIONS.includes(extension(name));
}

function part(files: ImportFile[], base: string, ext: string): ImportFile | undefined {
  return files.find((f) => stem(f.name) === base && extension(f.name) === ext);
}

/** Read a shapefile from its parts (loose or from a zip, any folder); the first .shp wins. */
export async function readShapefile(files: ImportFile[], fileName: string): Promise<ParsedSource> {
  const shps = files.filter((f) => extension(f.name) === 'shp');
  const shp = shps[0];
  if (!shp)
    refuse(
      fileName,
      '缺少 .shp 文件（几何在 .shp 中），无法导入',
      'the .shp file is missing (it holds the geometry), so nothing can be imported',
    );
  const base = stem(shp.name);
  const dbf = part(files, base, 'dbf');
  const prj = part(files, base, 'prj');
  const cpg = part(files, base, 'cpg');
  const { parseShp, parseDbf } = await import('shpjs');
  const source = emptySource('shapefile', 'feature');
  let geometries: (GeoJSON.Geometry | null)[];
  try {
    geometries = parseShp(shp.bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(fileName, `.shp 文件已损坏（${detail}）`, `the .shp file is damaged (${detail})`);
  }
  let records: Record<string, unknown>[] = [];
  if (dbf) {
    const encoding = dbfEncoding(dbf.bytes, cpg ? new TextDecoder().decode(cpg.bytes) : null);
    if (encoding.source === 'detected' && encoding.label !== 'utf-8') {
      source.warnings.push(
        fileMessage(
          fileName,
          '.dbf 没有 .cpg，按 GB18030（GBK）读取属性',
          'the .dbf has no .cpg; read its text as GB18030 (GBK), a guess',
        ),
      );
    }
    try {
      records = parseDbf(dbf.bytes, encoding.label);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      source.warnings.push(
        fileMessage(
          fileName,
          `.dbf 属性表无法读取，只导入几何（${detail}）`,
          `the .dbf attribute table cannot be read; imported geometry only (${detail})`,
        ),
      );
    }
  } else {
    source.warnings.push(
      fileMessage(
        fileName,
        '缺少 .dbf，只导入几何，没有属性',
        'the .dbf is missing; imported geometry only, with no attributes',
      ),
    );
  }
  if (prj) {
    const stated = crsFromPrj(new TextDecoder().decode(prj.bytes));
    if (stated) source.statedCrs = stated;
    else
      source.warnings.push(
        fileMessage(
          fileName,
          '.prj 中的坐标系无法识别，按坐标数值判断',
          'the coordinate system in the .prj is not recognised; judged it from the numbers',
        ),
      );
  } else {
    source.warnings.push(
      fileMessage(
        fileName,
        '缺少 .prj，坐标系按坐标数值判断',
        'the .prj is missing; judged the coordinate system from the numbers',
      ),
    );
  }
  if (shps.length > 1) {
    source.warnings.push(
      fileMessage(
        fileName,
        `含 ${shps.length} 个图层，只导入了 ${shp.name}`,
        `holds ${shps.length} layers; imported only ${shp.name}`,
      ),
    );
  }
  geometries.forEach((geometry, i) => {
    source.features.push({ index: i + 1, geometry, properties: records[i] ?? null });
  });
  return source;
}
