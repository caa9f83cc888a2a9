/// <reference lib="webworker" />

import { mapSourceOf } from './map-source';
import { fileMessage } from './messages';
import { runImport } from './run-import';
import type { ImportResult } from './types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

function refusedFor(request: Partial<ImportRequest>, error: unknown): ImportResult {
  const fileName = request.files?.[0]?.name ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  return {
    status: 'refused',
    fileName,
    message: fileMessage(fileName, `导入时出错：${detail}`, `import failed: ${detail}`),
  };
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  let result: ImportResult;
  try {
    result = await runImport(request.files, request.choices, request.ctx);
  } catch (error) {
    // runImport does not throw, but a bad message could: never leave the page waiting.
    result = refusedFor(request, error);
  }
  if (result.status !== 'ok') {
    self.postMessage({ id: request.id, result } satisfies ImportResponse);
    return;
  }
  const featuresJson = new TextEncoder().encode(JSON.stringify(result.features)).buffer;
  const sourceUrl = new FileReaderSync().readAsDataURL(
    new Blob([JSON.stringify(mapSourceOf(result.features))], { type: 'application/json' }),
  );
  // The features travel once, as the transferred JSON: the page parses that faster than it
  // would take a structured copy of 100 000 objects.
  const response: ImportResponse = { id: request.id, result: { ...result, features: [] }, featuresJson, sourceUrl };
  self.postMessage(response, [featuresJson]);
};
