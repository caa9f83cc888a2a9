import { cityBounds } from './city-bounds';
import { buildTransform } from './crs/build-transform';
import { decideCrs } from './crs/decide-crs';
import { finishGeometryToWgs84 } from './geometry-finish';
import { firstPosition, type Position2, readGeometry } from './geometry-read';
import { emptyTally, kindsOf, tallyWarnings } from './import-summary';
import { LIMITS } from './limits';
import { fileMessage, ImportRefusal, recordMessage, refuse } from './messages';
import { boundaryVertices, farthestOutsideKm, outsideCityWarning } from './outside-city';
import { readSource } from './read-source';
import { sanitizeProperties } from './sanitize';
import { buildJoinIndex, joinPoint, representativePoint } from './spatial-join';
import type {
  GeometryKind,
  ImportChoices,
  ImportContext,
  ImportedFeature,
  ImportFile,
  ImportResult,
  ImportResultOk,
} from './types';

async function importOrRefuse(files: ImportFile[], choices: ImportChoices, ctx: ImportContext): Promise<ImportResult> {
  const { fileName, outcome, warnings } = await readSource(files, choices);
  if ('status' in outcome) return outcome;
  const source = outcome;
  if (source.features.length > LIMITS.features) {
    refuse(
      fileName,
      `有 ${source.features.length} 个要素，超过 ${LIMITS.features} 个的上限`,
      `has ${source.features.length} features, over the limit of ${LIMITS.features}`,
    );
  }
  const rejected = [...source.rejected];
  const reject = (index: number, zh: string, en: string) =>
    rejected.push({ index, message: recordMessage(fileName, source.unit, index, zh, en) });

  const readable: { index: number; geometry: GeoJSON.Geometry; properties: unknown }[] = [];
  for (const raw of source.features) {
    if (raw.problem) {
      reject(raw.index, raw.problem.zh, raw.problem.en);
      continue;
    }
    const read = readGeometry(raw.geometry);
    if (read.ok) readable.push({ index: raw.index, geometry: read.geometry, properties: raw.properties });
    else reject(raw.index, read.zh, read.en);
  }

  const city = cityBounds(ctx);
  const samples = readable.map((f) => firstPosition(f.geometry)).filter((p): p is Position2 => p !== undefined);
  const decision =
    readable.length > 0
      ? decideCrs({
          fileName,
          samples,
          stated: source.statedCrs,
          lonLatByDefinition: source.lonLatByDefinition,
          choices,
          city,
        })
      : {
          kind: 'decided' as const,
          crs: source.statedCrs?.id ?? 'EPSG:4326',
          project: null,
          swap: false,
          warnings: [],
        };
  if (decision.kind === 'question')
    return { status: 'question', fileName, question: { kind: 'crs', candidates: decision.candidates } };
  const transform = buildTransform(decision.swap, decision.project, choices.origin);

  const join = buildJoinIndex(ctx);
  const tally = emptyTally();
  const features: ImportedFeature[] = [];
  const kinds = new Set<GeometryKind>();
  const keys = new Set<string>();
  const outsidePoints: [number, number][] = [];
  for (const f of readable) {
    const finished = finishGeometryToWgs84(f.geometry, transform);
    if (!finished.ok) {
      reject(f.index, finished.zh, finished.en);
      continue;
    }
    if (finished.closedRings > 0) tally.closedRings.push(f.index);
    if (finished.selfIntersecting) tally.bowties.push(f.index);
    const props = sanitizeProperties(f.properties);
    tally.truncatedValues += props.truncatedValues;
    tally.forbiddenKeys += props.forbiddenKeys;
    tally.overLimitKeys += props.overLimitKeys;
    tally.renamedKeys += props.renamedKeys;
    for (const key of Object.keys(props.properties)) keys.add(key);
    for (const kind of kindsOf(finished.geometry)) kinds.add(kind);
    const point = representativePoint(finished.geometry);
    const joined = point ? joinPoint(join, point) : { county: null, zones: '' };
    if (point && joined.county === null) outsidePoints.push(point);
    features.push({
      type: 'Feature',
      geometry: finished.geometry,
      properties: { ...props.properties, __county: joined.county, __zones: joined.zones },
    });
  }

  if (features.length === 0) {
    const reasons = rejected.slice(0, 3);
    const more = rejected.length > 3 ? `（共 ${rejected.length} 条）` : '';
    const moreEn = rejected.length > 3 ? ` (${rejected.length} in all)` : '';
    const zh =
      reasons.length > 0 ? `没有可导入的要素：${reasons.map((r) => r.message.zh).join('；')}${more}` : '没有任何要素';
    const en =
      reasons.length > 0
        ? `no feature could be imported: ${reasons.map((r) => r.message.en).join('; ')}${moreEn}`
        : 'it holds no features';
    return { status: 'refused', fileName, message: fileMessage(fileName, zh, en) };
  }
  const outsideKm = outsidePoints.length > 0 ? farthestOutsideKm(outsidePoints, boundaryVertices(ctx), city) : 0;
  const outsideWarning = outsideCityWarning(fileName, outsidePoints.length, outsideKm);
  const result: ImportResultOk = {
    status: 'ok',
    fileName,
    format: source.format,
    crs: decision.crs,
    features,
    geometryKinds: (['point', 'line', 'polygon'] as const).filter((k) => kinds.has(k)),
    propertyKeys: [...keys],
    rejected: rejected.sort((a, b) => a.index - b.index),
    warnings: [
      ...warnings,
      ...source.warnings,
      ...decision.warnings,
      ...tallyWarnings(fileName, source.unit, tally, {
        chars: LIMITS.propertyChars,
        props: LIMITS.propertiesPerFeature,
      }),
      ...(outsideWarning ? [outsideWarning] : []),
    ],
  };
  return result;
}

/** Turn dropped file(s) into sanitized WGS-84 features, a question for the user, or a refusal. Never throws. */
export async function runImport(
  files: ImportFile[],
  choices: ImportChoices,
  ctx: ImportContext,
): Promise<ImportResult> {
  const fileName = files.find((f) => f.name.toLowerCase().endsWith('.shp'))?.name ?? files[0]?.name ?? '';
  try {
    return await importOrRefuse(files, choices, ctx);
  } catch (error) {
    if (error instanceof ImportRefusal) return { status: 'refused', fileName, message: error.bilingual };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      status: 'refused',
      fileName,
      message: fileMessage(fileName, `读取时出错：${detail}`, `failed while reading: ${detail}`),
    };
  }
}
