import { unzipSync } from 'fflate';
import { LIMITS, megabytes } from '../limits';
import { refuse } from '../messages';
import type { ImportFile } from '../types';

function isJunk(name: string): boolean {
  return name.includes('__MACOSX/') || name.endsWith('/') || /(^|\/)\._/.test(name);
}

/** Names inside a zip without inflating anything; refuses a damaged archive. */
export function listZip(bytes: Uint8Array, fileName: string): string[] {
  const names: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (!isJunk(file.name)) names.push(file.name);
        total += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    refuse(
      fileName,
      `ZIP 压缩包已损坏，无法打开（${detail}）`,
      `the ZIP archive is damaged and cannot be opened (${detail})`,
    );
  }
  if (total > LIMITS.fileBytes) {
    refuse(
      fileName,
      `解压后共 ${megabytes(total)} MB，超过 ${megabytes(LIMITS.fileBytes)} MB 的上限`,
      `unpacks to ${megabytes(total)} MB, over the limit of ${megabytes(LIMITS.fileBytes)} MB`,
    );
  }
  return names;
}

/** Inflate the entries whose names pass the test. */
export function unzipSome(bytes: Uint8Array, fileName: string, wanted: (name: string) => boolean): ImportFile[] {
  try {
    const entries = unzipSync(bytes, { filter: (file) => !isJunk(file.name) && wanted(file.name) });
    return Object.entries(entries).map(([name, data]) => ({ name, bytes: data }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(
      fileName,
      `ZIP 压缩包已损坏，无法解压（${detail}）`,
      `the ZIP archive is damaged and cannot be unpacked (${detail})`,
    );
  }
}
