import type { ImportChoices, ImportContext, ImportedFeature, ImportFile, ImportResult } from './types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

interface Pending {
  resolve: (result: ImportResult) => void;
  fileName: string;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function cancelledResult(fileName: string): ImportResult {
  return {
    status: 'refused',
    fileName,
    message: { zh: `「${fileName}」导入已取消`, en: `${fileName}: import cancelled` },
  };
}

/** The worker's JSON parts, one per task, so that the page answers between them. */
async function parseInParts(parts: ArrayBuffer[]): Promise<ImportedFeature[]> {
  const decoder = new TextDecoder();
  const features: ImportedFeature[] = [];
  for (const [i, part] of parts.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const f of JSON.parse(decoder.decode(part)) as ImportedFeature[]) features.push(f);
  }
  return features;
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<ImportResponse>) => {
    const { id, result, featuresJson, stored } = event.data;
    const entry = pending.get(id);
    pending.delete(id);
    if (result.status !== 'ok' || !featuresJson) {
      entry?.resolve(result);
      return;
    }
    void (async () => {
      result.features = await parseInParts(featuresJson);
      entry?.resolve({ ...result, ...(stored ? { stored } : {}) });
    })();
  };
  created.onerror = (event) => {
    // A worker that died answers nobody: refuse everything waiting, and start afresh next time.
    for (const [id, entry] of pending) {
      pending.delete(id);
      entry.resolve({
        status: 'refused',
        fileName: entry.fileName,
        message: {
          zh: `「${entry.fileName}」导入失败：${event.message}`,
          en: `${entry.fileName}: import failed: ${event.message}`,
        },
      });
    }
    created.terminate();
    if (worker === created) worker = null;
  };
  worker = created;
  return created;
}

/** Import the dropped file(s) in a worker; the files' bytes are transferred, not copied. */
export async function importFiles(files: File[], choices: ImportChoices, ctx: ImportContext): Promise<ImportResult> {
  const loaded: ImportFile[] = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const id = nextId++;
  const request: ImportRequest = { id, files: loaded, choices, ctx };
  const fileName = files[0]?.name ?? '';
  return new Promise((resolve) => {
    pending.set(id, { resolve, fileName });
    getWorker().postMessage(
      request,
      loaded.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  });
}

/** Stop every running import: the worker is terminated and each waiting call resolves as cancelled. */
export function cancelImports(): void {
  worker?.terminate();
  worker = null;
  for (const [id, entry] of pending) {
    pending.delete(id);
    entry.resolve(cancelledResult(entry.fileName));
  }
}
