import type { AppStore } from '../store/app-store';
import { USER_LAYER_COLOURS } from '../symbology/palette';
import { importFiles } from './client';
import type { Bilingual, ImportChoices, ImportResultOk } from './types';
import { defaultLabelProperty, type UserLayer } from './user-layer';

const MAX_DETAILS = 20;

/** A new layer from an import: the next free id, the next colour, a label property guessed. */
function layerFrom(result: ImportResultOk, existing: readonly UserLayer[]): UserLayer {
  const taken = new Set(existing.map((l) => l.id));
  let n = 1;
  while (taken.has(`u${n}`)) n += 1;
  return {
    id: `u${n}`,
    name: result.fileName.replace(/\.[^.]+$/, ''),
    fileName: result.fileName,
    format: result.format,
    crs: result.crs,
    importedAt: new Date().toISOString(),
    features: result.features,
    ...(result.stored ? { stored: result.stored } : {}),
    propertyKeys: result.propertyKeys,
    geometryKinds: result.geometryKinds,
    colour: USER_LAYER_COLOURS[(n - 1) % USER_LAYER_COLOURS.length]!,
    labelProperty: defaultLabelProperty(result.propertyKeys),
    visible: true,
  };
}

/** What an import reports: how many features came in, and the first of what was left out or warned. */
function summary(result: ImportResultOk): { text: Bilingual; details: Bilingual[] } {
  const n = result.features.length;
  const left = result.rejected.length;
  const text: Bilingual = {
    zh: `「${result.fileName}」已导入 ${n} 个要素${left > 0 ? `，${left} 个有误未导入` : ''}（坐标系 ${result.crs}）`,
    en: `${result.fileName}: imported ${n} feature${n === 1 ? '' : 's'}${left > 0 ? `, ${left} left out with errors` : ''} (coordinates ${result.crs})`,
  };
  const details = [...result.warnings, ...result.rejected.map((r) => r.message)];
  const more = details.length - MAX_DETAILS;
  const shown = details.slice(0, MAX_DETAILS);
  if (more > 0) shown.push({ zh: `……另有 ${more} 条`, en: `… and ${more} more` });
  return { text, details: shown };
}

/**
 * Imports the user's files in the worker and puts the result in the store: a
 * new layer and a status, a refusal as an alert (nothing else changes), or a
 * question for the user, answered by calling this again with the choices.
 */
export async function importIntoStore(store: AppStore, files: File[], extra: ImportChoices = {}) {
  const state = store.getState();
  if (!state.data || files.length === 0) return;
  const choices: ImportChoices = { origin: state.importOrigin, ...extra };
  state.setImporting(true);
  state.setPendingImport(null);
  try {
    const result = await importFiles(files, choices, { counties: state.data.counties, zones: state.data.zones });
    const s = store.getState();
    if (result.status === 'ok') {
      s.addUserLayer(layerFrom(result, s.userLayers));
      s.showImportMessage({ tone: 'status', ...summary(result) });
    } else if (result.status === 'refused') {
      s.showImportMessage({ tone: 'alert', text: result.message, details: [] });
    } else {
      s.setPendingImport({ files, choices, fileName: result.fileName, question: result.question });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.getState().showImportMessage({
      tone: 'alert',
      text: { zh: `导入失败：${message}`, en: `The import failed: ${message}` },
      details: [],
    });
  } finally {
    store.getState().setImporting(false);
  }
}
