/// <reference lib="webworker" />

import { mapSourceOf } from './map-source';
import { fileMessage } from './messages';
import { runImport } from './run-import';
import type { ImportResult } from './types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Features per part of the answer: a part parses on the page in a few tens of milliseconds. */
const FEATURES_PER_PART = 5_000;

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
  // The features travel once, as transferred JSON in parts: the page parses one part per task,
  // never freezing for long, and faster than a structured copy of 100 000 objects would take.
  const parts: string[] = [];
  for (let i = 0; i < result.features.length; i += FEATURES_PER_PART) {
    parts.push(JSON.stringify(result.features.slice(i, i + FEATURES_PER_PART)));
  }
  const featuresJson = parts.map((part) => new TextEncoder().encode(part).buffer);
  // Saved as one JSON array: the parts without their brackets, joined.
  const stored = new Blob(['[', parts.map((part) => part.slice(1, -1)).join(','), ']'], { type: 'application/json' });
  const mapSource = new Blob([JSON.stringify(mapSourceOf(result.features))], { type: 'application/json' });
  const response: ImportResponse = {
    id: request.id,
    result: { ...result, features: [] },
    featuresJson,
    stored,
    mapSource,
  };
  self.postMessage(response, featuresJson);
};
