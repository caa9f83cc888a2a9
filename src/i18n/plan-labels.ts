import type { Crumb } from '../plan/plan-index';
import { fill } from './bilingual';
import { type Lang, STRINGS } from './strings';

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number (the plan numbers its parts, chapters and sections this way); null if not one. */
export function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([〇零一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, units] = m;
  // Without 十 the one digit is matched by the first group.
  if (!ten) return tens && !units ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

const EN_UNIT = { 篇: 'Part', 章: 'Chapter', 节: 'Section' } as const;

/** One step of a passage's place in the plan, in the interface language (a heading stays as published). */
export function crumbText(crumb: Crumb, lang: Lang): string {
  switch (crumb.kind) {
    case 'preface':
      return lang === 'zh' ? '序' : 'Preface';
    case 'column':
      return lang === 'zh' ? `专栏${crumb.number}` : `Column ${crumb.number}`;
    case 'heading':
      return crumb.text;
    default:
      return lang === 'zh' ? crumb.label : `${EN_UNIT[UNIT_OF[crumb.kind]]} ${crumb.number}`;
  }
}

const UNIT_OF = { part: '篇', chapter: '章', section: '节' } as const;

const CITE_PART = /第([〇零一二三四五六七八九十]+)([篇章节])|专栏(\d*)/g;

/**
 * A scene's citation ("第三章第一节", "专栏9", "第五章第一节 专栏") in English
 * ("Chapter 3, Section 1"); null when it holds anything else (a user's own words).
 */
export function citeInEnglish(cite: string): string | null {
  const parts: string[] = [];
  const rest = cite.replace(CITE_PART, (_, numeral: string | undefined, unit: keyof typeof EN_UNIT, column) => {
    if (numeral !== undefined) {
      const n = chineseNumber(numeral);
      parts.push(n === null ? '?' : `${EN_UNIT[unit]} ${n}`);
    } else if (column) parts.push(`Column ${column}`);
    else if (parts.length > 0) parts.push(`${parts.pop()} and its column`);
    else parts.push('?');
    return '';
  });
  if (rest.trim() !== '' || parts.length === 0 || parts.includes('?')) return null;
  return parts.join(', ');
}

/** A scene's citation under its caption: ——《纲要》第三章第一节 / — the Outline, Chapter 3, Section 1. */
export function sceneCiteText(cite: string, lang: Lang): string {
  return fill(STRINGS[lang].sceneCite, { cite: lang === 'zh' ? cite : (citeInEnglish(cite) ?? cite) });
}
