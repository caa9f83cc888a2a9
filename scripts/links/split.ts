/** One project of a column item: [start, end) of the item's text, trimmed, without its separator. */
export interface ProjectSegment {
  start: number;
  end: number;
  text: string;
}

/** Separators that always end a project. */
const HARD = new Set([';', '；', '。']);
/** A comma ends a project only after a complete project phrase (…项目, …工程, …项目等). */
const SOFT = new Set([',', '，']);
const PROJECT_END = /(项目|工程)等?$/u;

/**
 * Splits a column item into its projects, conservatively: at ; ； 。 and at a
 * comma that follows …项目 or …工程; never at 、, which lists the places of one
 * project (吉隆、里孜、樟木、日屋、陈塘口岸等基础设施建设项目).
 */
export function splitProjects(text: string): ProjectSegment[] {
  const segments: ProjectSegment[] = [];
  let from = 0;
  const close = (to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) segments.push({ start, end, text: text.slice(start, end) });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (HARD.has(char) || (SOFT.has(char) && PROJECT_END.test(text.slice(from, i).trimEnd()))) {
      close(i);
      from = i + 1;
    }
  }
  close(text.length);
  return segments;
}
