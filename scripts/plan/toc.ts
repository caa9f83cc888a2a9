import type { PlanChapter, PlanPart, PlanSection } from '../../src/data/plan-types';
import type { TocEntry } from './front-matter';
import type { NoteLog } from './notes';

/**
 * Compares the table of contents with the body's headings and notes every
 * difference (the body wins: it is the text the paragraphs belong to).
 */
export function compareToc(
  toc: readonly TocEntry[],
  body: { parts: readonly PlanPart[]; chapters: readonly PlanChapter[]; sections: readonly PlanSection[] },
  log: NoteLog,
): void {
  const bodyHeadings: { label: string; title: string; line: number; id: string; level: string }[] = [];
  for (const part of body.parts) {
    bodyHeadings.push({ label: part.label, title: part.title, line: part.line, id: part.id, level: 'part' });
    for (const chapterId of part.chapters) {
      const chapter = body.chapters.find((c) => c.id === chapterId);
      if (!chapter) continue;
      bodyHeadings.push({
        label: chapter.label,
        title: chapter.title,
        line: chapter.line,
        id: chapter.id,
        level: 'chapter',
      });
      for (const sectionId of chapter.sections) {
        const section = body.sections.find((s) => s.id === sectionId);
        if (section)
          bodyHeadings.push({
            label: section.label,
            title: section.title,
            line: section.line,
            id: section.id,
            level: 'section',
          });
      }
    }
  }
  if (toc.length !== bodyHeadings.length) {
    log.add(
      'toc-mismatch',
      [],
      [],
      `the table of contents lists ${toc.length} headings, the body has ${bodyHeadings.length}`,
    );
  }
  toc.forEach((entry, index) => {
    const heading = bodyHeadings[index];
    if (!heading) return;
    const sameLevel = entry.heading.level === heading.level && entry.heading.label === heading.label;
    if (!sameLevel || entry.heading.title !== heading.title) {
      log.add(
        'toc-mismatch',
        [entry.line, heading.line],
        [heading.id],
        `the table of contents (line ${entry.line}) reads "${entry.heading.label} ${entry.heading.title}", the body (line ${heading.line}) "${heading.label} ${heading.title}"; the body's title is used`,
      );
    }
  });
}
