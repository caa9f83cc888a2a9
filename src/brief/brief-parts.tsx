import type { ReactNode } from 'react';
import { fill } from '../i18n/bilingual';
import { BRIEF_TEXT, type BriefTextKey } from '../i18n/brief-text';
import type { Lang } from '../i18n/strings';
import { Swatch } from '../panels/Swatch';
import { Zh } from '../panels/ZhText';
import type { SymbolClass } from '../symbology/classes';
import type { Cut } from './brief-model';

/** The brief's words in `lang`, with their `{name}` slots filled, and its punctuation. */
export function briefWords(lang: Lang) {
  const words = BRIEF_TEXT[lang];
  return {
    text: (key: BriefTextKey, vars: Record<string, string | number> = {}) => fill(words[key], vars),
    sep: lang === 'zh' ? '：' : ': ',
    semi: lang === 'zh' ? '；' : '; ',
  };
}

/** A feature's name: Chinese, or in English its English name with the plan's Chinese beside it. */
export function Name({ name, nameEn, lang }: { name: string; nameEn: string; lang: Lang }) {
  return lang === 'zh' ? (
    name
  ) : (
    <>
      {nameEn} <Zh>{name}</Zh>
    </>
  );
}

/** The plan's own words, quoted (nothing when a detail level cut them out). */
export function Quote({ text }: { text: string }) {
  return text ? (
    <q lang="zh-CN" className="brief-quote">
      {text}
    </q>
  ) : null;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="brief-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** "另有 N 项": what the page left out of a list. */
export function More({ cut, lang }: { cut: Cut<unknown>; lang: Lang }) {
  return cut.more > 0 ? <p className="brief-more">{briefWords(lang).text('briefMore', { n: cut.more })}</p> : null;
}

/** The symbols the brief's map draws for this county, under the map. */
export function MapKey({ classes, lang }: { classes: SymbolClass[]; lang: Lang }) {
  return (
    <ul className="brief-key">
      {classes.map((c) => (
        <li key={c.id}>
          <Swatch symbol={c.symbol} className="brief-swatch" />
          {lang === 'zh' ? c.name : c.name_en}
        </li>
      ))}
    </ul>
  );
}
