import { type Lang, STRINGS, type StringKey } from './strings';

/** A message worded in both languages, so it follows a change of language while it is on screen. */
export type Bilingual = Record<Lang, string>;

/** Words a message once per language from the interface text. */
export function inBoth(word: (s: (typeof STRINGS)[Lang], lang: Lang) => string): Bilingual {
  return { zh: word(STRINGS.zh, 'zh'), en: word(STRINGS.en, 'en') };
}

/** One interface string with its `{name}` slots filled, in both languages. */
export function message(key: StringKey, vars: Record<string, string | number> = {}): Bilingual {
  return inBoth((s) => fill(s[key], vars));
}

/** Fills the `{name}` slots of a template. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in vars ? String(vars[name]) : slot));
}

/** An error whose message a person can read in either language (a failed load, a refused file). */
export class BilingualError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'BilingualError';
  }
}

/** Why something failed, in words: an error's own when it has them, else its raw detail (a browser's message). */
export function errorReason(error: unknown): Bilingual {
  if (error instanceof BilingualError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: detail, en: detail };
}

/** A failure's general sentence followed by its reason ("导出失败：地图绘制超时"). */
export function failureText(general: StringKey, error: unknown): Bilingual {
  const reason = errorReason(error);
  return inBoth((s, lang) => `${s[general]}${lang === 'zh' ? '：' : ': '}${reason[lang]}`);
}
