import { isShapefilePart } from './formats/shapefile';
import type { ParseOutcome } from './formats/source';
import { LIMITS, megabytes } from './limits';
import { fileMessage, refuse } from './messages';
import { binaryShare, decodeText } from './text-decode';
import type { Bilingual, ImportChoices, ImportFile, ImportFormat } from './types';

const EXTENSION_FORMATS: Record<string, ImportFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  zip: 'shapefile',
  shp: 'shapefile',
};

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function mismatchWarning(fileName: string, format: ImportFormat): Bilingual[] {
  const ext = extension(fileName);
  const named = EXTENSION_FORMATS[ext];
  // A .zip may hold any zipped format; only a name that promises another format is worth a word.
  if (!named || named === format || ext === 'zip') return [];
  const upper = format.toUpperCase();
  return [
    fileMessage(
      fileName,
      `扩展名与内容不符，按内容读作 ${upper}`,
      `its name says .${ext} but its content is ${upper}; read it as ${upper}`,
    ),
  ];
}

async function readZip(file: ImportFile, choices: ImportChoices): Promise<ParseOutcome> {
  const { listZip, unzipSome } = await import('./formats/zip');
  const names = listZip(file.bytes, file.name);
  if (names.some((n) => n.toLowerCase().endsWith('.shp') || n.toLowerCase().endsWith('.dbf'))) {
    const { readShapefile } = await import('./formats/shapefile');
    return readShapefile(unzipSome(file.bytes, file.name, isShapefilePart), file.name);
  }
  const kmlName =
    names.find((n) => n.toLowerCase() === 'doc.kml') ?? names.find((n) => n.toLowerCase().endsWith('.kml'));
  if (kmlName) {
    const [entry] = unzipSome(file.bytes, file.name, (n) => n === kmlName);
    const { readXmlGeo } = await import('./formats/xml-geo');
    return readXmlGeo(decodeText(entry?.bytes ?? new Uint8Array()).text, file.name, 'kmz');
  }
  if (names.includes('xl/workbook.xml')) {
    const { readXlsx } = await import('./formats/xlsx');
    return readXlsx(file.bytes, file.name, choices);
  }
  return refuse(
    file.name,
    'ZIP 中没有 Shapefile、KML 或 Excel 工作簿',
    'the ZIP holds no shapefile, KML or Excel workbook',
  );
}

async function readText(
  file: ImportFile,
  choices: ImportChoices,
): Promise<{ outcome: ParseOutcome; warnings: Bilingual[] }> {
  const decoded = decodeText(file.bytes);
  if (decoded.text.trim() === '')
    refuse(file.name, '文件只有空白，没有数据', 'the file holds only whitespace, no data');
  if (binaryShare(decoded.text) > 0.02) {
    refuse(
      file.name,
      '不是可识别的格式（不是文本、ZIP 或 Shapefile）',
      'is not a recognised format (not text, ZIP or shapefile)',
    );
  }
  const warnings: Bilingual[] = [];
  if (decoded.guessed) {
    const label = decoded.encoding === 'gb18030' ? 'GB18030（GBK）' : decoded.encoding.toUpperCase();
    warnings.push(
      fileMessage(
        file.name,
        `文件编码按 ${label} 推断`,
        `encoding guessed as ${decoded.encoding === 'gb18030' ? 'GBK (GB18030)' : decoded.encoding.toUpperCase()}`,
      ),
    );
  }
  const head = decoded.text.trimStart();
  const named = EXTENSION_FORMATS[extension(file.name)];
  // A .geojson that is not XML is read as JSON, so broken JSON is reported as such rather than as a table.
  if (head.startsWith('{') || head.startsWith('[') || (named === 'geojson' && !head.startsWith('<'))) {
    const { readGeoJson } = await import('./formats/geojson');
    return { outcome: readGeoJson(decoded.text, file.name), warnings };
  }
  if (head.startsWith('<')) {
    const start = head.slice(0, 4096);
    const format = /<kml[\s>]/i.test(start) ? 'kml' : /<gpx[\s>]/i.test(start) ? 'gpx' : null;
    if (!format) refuse(file.name, '是 XML，但既不是 KML 也不是 GPX', 'is XML but neither KML nor GPX');
    const { readXmlGeo } = await import('./formats/xml-geo');
    return { outcome: readXmlGeo(decoded.text, file.name, format), warnings };
  }
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  if (/[,\t;|]/.test(firstLine)) {
    const { readCsv } = await import('./formats/csv');
    return { outcome: readCsv(decoded.text, file.name, choices), warnings };
  }
  return refuse(file.name, '不是可识别的格式', 'is not a recognised format');
}

/** Sniff the file by content (not only by name) and hand it to its reader. */
export async function readSource(
  files: ImportFile[],
  choices: ImportChoices,
): Promise<{ fileName: string; outcome: ParseOutcome; warnings: Bilingual[] }> {
  const first = files[0];
  if (!first) refuse('', '没有收到文件', 'no file was given');
  for (const file of files) {
    if (file.bytes.length > LIMITS.fileBytes) {
      refuse(
        file.name,
        `文件 ${megabytes(file.bytes.length)} MB，超过 ${megabytes(LIMITS.fileBytes)} MB 的上限`,
        `is ${megabytes(file.bytes.length)} MB, over the limit of ${megabytes(LIMITS.fileBytes)} MB`,
      );
    }
  }
  if (files.length > 1 || (extension(first.name) !== 'shp' && isShapefilePart(first.name))) {
    if (!files.every((f) => isShapefilePart(f.name))) {
      refuse(
        first.name,
        '一次只能导入一个文件（Shapefile 的各部分除外）',
        'import one file at a time (except the parts of one shapefile)',
      );
    }
    const named = files.find((f) => extension(f.name) === 'shp') ?? first;
    const { readShapefile } = await import('./formats/shapefile');
    return { fileName: named.name, outcome: await readShapefile(files, named.name), warnings: [] };
  }
  if (first.bytes.length === 0) refuse(first.name, '文件是空的（0 字节）', 'the file is empty (0 bytes)');
  let outcome: ParseOutcome;
  let warnings: Bilingual[] = [];
  if (startsWith(first.bytes, [0x50, 0x4b])) {
    outcome = await readZip(first, choices);
  } else if (startsWith(first.bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return refuse(
      first.name,
      '是旧版 .xls 文件，请另存为 .xlsx 后再导入',
      'is an old .xls workbook; save it as .xlsx and import again',
    );
  } else if (startsWith(first.bytes, [0x00, 0x00, 0x27, 0x0a])) {
    const { readShapefile } = await import('./formats/shapefile');
    outcome = await readShapefile([first], first.name);
  } else {
    ({ outcome, warnings } = await readText(first, choices));
  }
  if ('format' in outcome) warnings.push(...mismatchWarning(first.name, outcome.format));
  return { fileName: first.name, outcome, warnings };
}
