import { type Bilingual, fill, inBoth } from './bilingual';
import type { StringKey } from './strings';

const NAMED = new Set([
  'map',
  'sel',
  'lang',
  'read',
  'scene',
  'present',
  'f',
  'hide',
  'hash',
  'bm',
  'hs',
  'brief',
  'audit',
  'ind',
  'cmp',
]);

/** The parts of a link that could not be used, in words ("所选要素、筛选条件"), not by their keys ("sel, f"). */
export function urlProblemNames(problems: readonly string[]): Bilingual {
  return inBoth((s) => {
    const names = problems.map((p) => {
      if (NAMED.has(p)) return s[`urlKey_${p}` as StringKey];
      if (p.startsWith('v=')) return fill(s.urlKeyVersion, { v: p.slice(2) });
      return fill(s.urlKeyUnknown, { key: p });
    });
    return [...new Set(names)].join(s.listSeparator);
  });
}

/** The notice for a link whose parts could not be used and were reset. */
export function urlProblemsNotice(problems: readonly string[]): Bilingual {
  const names = urlProblemNames(problems);
  return inBoth((s, lang) => `${s.urlNotice} ${names[lang]}`);
}
