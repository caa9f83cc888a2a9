const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Parses a Chinese numeral from 一 to 九十九 (enough for 篇, 章 and 节 numbers).
 * Returns null for anything else, so a malformed heading is not silently misnumbered.
 */
export function parseChineseNumber(numeral: string): number | null {
  const single = DIGITS[numeral];
  if (single !== undefined) return single;
  const match = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!match) return null;
  const tens = match[1] ? (DIGITS[match[1]] ?? 0) : 1;
  const units = match[2] ? (DIGITS[match[2]] ?? 0) : 0;
  return tens * 10 + units;
}
