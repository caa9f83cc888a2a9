/// <reference lib="webworker" />

import { fileMessage } from './messages';
import { runImport } from './run-import';
import type { ImportResult } from './types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** The size of a part of the answer: a quarter MB of JSON parses on the page in about ten milliseconds. */
const PART_CHARS = 250_000;

/** The features as JSON, comma-joined in parts of about PART_CHARS (a huge polygon makes a part of its own). */
function jsonParts(features: readonly unknown[]): string[] {
  const parts: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const f of features) {
    const json = JSON.stringify(f);
    part.push(json);
    size += json.length;
    if (size >= PART_CHARS) {
      parts.push(part.join(','));
      part = [];
      size = 0;
    }
  }
  if (part.length > 0) parts.push(part.join(','));
  return parts;
}

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
  const parts = jsonParts(result.features);
  const featuresJson = parts.map((part) => new TextEncoder().encode(`[${part}]`).buffer);
  // Saved as one JSON array; the map's tile worker reads the same Blob.
  const stored = new Blob(['[', parts.join(','), ']'], { type: 'application/json' });
  const response: ImportResponse = {
    id: request.id,
    result: { ...result, features: [] },
    featuresJson,
    stored,
  };
  self.postMessage(response, featuresJson);
};
