import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store-context';

/** Chinese inside an English sentence (a name beside its English form, a heading as published). */
export function Zh({ children }: { children: ReactNode }) {
  return <span lang="zh-CN">{children}</span>;
}

const CJK_RUN = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+(?:[\s\d·—\-、，。]*[\u3400-\u9fff]+)*)/;

/**
 * English prose that cites Chinese names (where a position comes from, why it is approximate):
 * each Chinese run is marked as Chinese, so it is read and hyphenated as such.
 */
export function MixedText({ text }: { text: string }) {
  return (
    <>
      {text.split(CJK_RUN).map((run, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one fixed text
        i % 2 === 1 ? <Zh key={i}>{run}</Zh> : run,
      )}
    </>
  );
}

/**
 * The plan's own words: marked as Chinese, and in English labelled as the
 * plan's Chinese text (the plan has no official translation).
 */
export function PlanQuote({ children, inline = false }: { children: ReactNode; inline?: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const label = lang === 'en' && <span className="quote-lang">{t('planTextZh')}</span>;
  if (inline)
    return (
      <>
        {label}
        <span lang="zh-CN">{children}</span>
      </>
    );
  return (
    <div className="plan-quote">
      {label}
      <blockquote lang="zh-CN">{children}</blockquote>
    </div>
  );
}

/** A note, once per list of quotes, that what follows is the plan's Chinese text (English only). */
export function QuotesNote() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return lang === 'en' ? <p className="quote-lang">{t('planTextZhNote')}</p> : null;
}
