import { isValidUtf8 } from '../text-decode';

export interface DbfEncoding {
  /** WHATWG label for TextDecoder. */
  label: 'utf-8' | 'gbk' | 'gb18030' | string;
  /** How we know: the .cpg, the dBase language driver byte, or a guess from the bytes. */
  source: 'cpg' | 'ldid' | 'detected';
}

const CPG_LABELS: Record<string, string> = {
  'UTF-8': 'utf-8',
  UTF8: 'utf-8',
  '65001': 'utf-8',
  GBK: 'gbk',
  '936': 'gbk',
  CP936: 'gbk',
  'ANSI 936': 'gbk',
  GB2312: 'gbk',
  GB18030: 'gb18030',
  '54936': 'gb18030',
};

function labelFromCpg(cpg: string): string | null {
  const key = cpg.trim().toUpperCase();
  const mapped = CPG_LABELS[key];
  if (mapped) return mapped;
  try {
    return new TextDecoder(key).encoding;
  } catch {
    return null;
  }
}

/** The encoding of a .dbf's text: .cpg first, then the language driver byte 0x4D (GBK), else UTF-8 if valid, else GB18030. */
export function dbfEncoding(dbf: Uint8Array, cpg: string | null): DbfEncoding {
  const fromCpg = cpg ? labelFromCpg(cpg) : null;
  if (fromCpg) return { label: fromCpg, source: 'cpg' };
  if (dbf[29] === 0x4d) return { label: 'gbk', source: 'ldid' };
  const headerLength = (dbf[8] ?? 0) | ((dbf[9] ?? 0) << 8);
  const utf8 =
    isValidUtf8(dbf.subarray(Math.min(headerLength, dbf.length))) && fieldNames(dbf, headerLength).every(isValidUtf8);
  return { label: utf8 ? 'utf-8' : 'gb18030', source: 'detected' };
}

/** Field name bytes; the rest of each 32-byte descriptor is binary and says nothing about the text. */
function fieldNames(dbf: Uint8Array, headerLength: number): Uint8Array[] {
  const names: Uint8Array[] = [];
  for (let offset = 32; offset + 32 <= headerLength && dbf[offset] !== 0x0d; offset += 32) {
    const raw = dbf.subarray(offset, offset + 11);
    const end = raw.indexOf(0);
    names.push(end >= 0 ? raw.subarray(0, end) : raw);
  }
  return names;
}
