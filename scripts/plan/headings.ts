/**
 * Restores column headings and figure captions that lost characters in the source.
 * Every repair is returned as a sentence for the notes, next to the raw text.
 */

export interface Restored {
  text: string;
  repairs: string[];
}

// The plan writes the five-year-plan periods as “十三五”/“十四五”; in several headings
// the closing quote was lost (`“十四五时期…`).
const OPEN_PERIOD = /“(十[一二三四五六七八九]五)(?!”)/g;

/** Adds the closing quote after an unclosed “十X五. */
export function restorePeriodQuotes(text: string): Restored {
  const repairs: string[] = [];
  const restored = text.replace(OPEN_PERIOD, (_match, period: string) => {
    repairs.push(`closing quote restored after “${period}`);
    return `“${period}”`;
  });
  return { text: restored, repairs };
}

/**
 * Headings whose loss cannot be undone by a rule: the published text maps to the
 * restored one, with the reason. Keyed by the heading text after `专栏` and its number.
 */
const COLUMN_TITLE_CORRECTIONS: ReadonlyMap<string, Restored> = new Map([
  [
    '“中心城市重要节点城镇节点城镇重点乡镇城镇体系',
    {
      text: '“中心城市—重要节点城镇—节点城镇—重点乡镇”城镇体系',
      repairs: [
        'the separators between the four tiers and the closing quote were lost; restored as “…—…—…—…” (the dashes are a reconstruction, the tier names are as published)',
      ],
    },
  ],
]);

/** The title of a 专栏 without its `专栏N` prefix, restored where it lost characters. */
export function restoreColumnTitle(number: number, printedNumber: number | null, rest: string): Restored {
  const repairs: string[] = [];
  if (printedNumber === null)
    repairs.push(`number ${number} lost from the heading; restored from the sequence of columns`);
  const corrected = COLUMN_TITLE_CORRECTIONS.get(rest);
  if (corrected) return { text: corrected.text, repairs: [...repairs, ...corrected.repairs] };
  const quoted = restorePeriodQuotes(rest.replace(/\s+/g, ' ').trim());
  return { text: quoted.text, repairs: [...repairs, ...quoted.repairs] };
}

/** A figure caption without its `图N` prefix, restored where it lost characters. */
export function restoreFigureCaption(number: number, rawCaption: string): Restored {
  const match = /^(图)?\s*\d+\s+(.+)$/.exec(rawCaption.trim());
  if (!match?.[2]) throw new Error(`figure ${number}: unreadable caption "${rawCaption}"`);
  const repairs: string[] = [];
  if (!match[1]) repairs.push(`the label 图${number} lost its 图; restored`);
  const quoted = restorePeriodQuotes(match[2].trim());
  return { text: quoted.text, repairs: [...repairs, ...quoted.repairs] };
}
