import '../i18n/strings-later';
import { useEffect, useMemo, useState } from 'react';
import { crumbText } from '../i18n/plan-labels';
import { useT } from '../i18n/use-t';
import { PlanCrumbs } from '../panels/PlanCrumbs';
import { SidePanelHeader } from '../panels/SidePanelHeader';
import { QuotesNote, Zh } from '../panels/ZhText';
import { ensurePlan } from '../plan/ensure-plan';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { ReaderBlock } from './ReaderBlock';
import { chapterOfBlock, searchPlan } from './reader-model';

/**
 * The plan reader: its table of contents (searchable) and one chapter at a
 * time; every place name is a link to the map, and a paragraph lights up all
 * the places it names. Loaded on demand.
 */
export default function PlanReader() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const index = useAppStore((s) => s.planIndex);
  const error = useAppStore((s) => s.planError);
  const paragraph = useAppStore((s) => s.readerParagraph);
  const [chapter, setChapter] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    void ensurePlan(store);
  }, [store]);

  // A paragraph chosen elsewhere (a panel, a link) opens its chapter and scrolls to it.
  useEffect(() => {
    if (!index || !paragraph) return;
    const c = chapterOfBlock(index, paragraph);
    if (c) setChapter(c);
    requestAnimationFrame(() => document.getElementById(`para-${paragraph}`)?.scrollIntoView({ block: 'center' }));
  }, [index, paragraph]);

  const hits = useMemo(() => (index ? searchPlan(index, query) : []), [index, query]);
  if (error)
    return <p className="panel-error">{`${t('planLoadFailed')}${lang === 'zh' ? '：' : ': '}${error[lang]}`}</p>;
  if (!index) return <p className="panel-hint">{t('loadingPlan')}</p>;
  const { plan } = index;
  const current = plan.chapters.find((c) => c.id === chapter);

  return (
    <section className="reader" aria-label={t('planText')}>
      <SidePanelHeader title={t('planText')} onClose={() => store.getState().openReader(false)} />
      <p className="reader-source">
        {lang === 'zh'
          ? `${plan.title} · ${plan.source.publisher} ${plan.source.published}`
          : `${t('planTitle')} · ${t('planPublisher')}, ${plan.source.published}`}
      </p>
      <QuotesNote />
      <input
        type="search"
        className="reader-search"
        placeholder={t('searchPlan')}
        aria-label={t('searchPlan')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' ? (
        <ol className="reader-hits" aria-label={t('searchResults')}>
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setQuery('');
                  store.getState().showParagraph(h.id);
                }}
              >
                <span className="breadcrumb">
                  <PlanCrumbs crumbs={h.breadcrumb} />
                </span>{' '}
                <Zh>{h.text}</Zh>
              </button>
            </li>
          ))}
          {hits.length === 0 && <li>{t('noResults')}</li>}
        </ol>
      ) : current ? (
        <article className="reader-chapter">
          <button type="button" className="link small" onClick={() => setChapter(null)}>
            ← {t('contents')}
          </button>
          <h3>
            {crumbText({ kind: 'chapter', number: current.number, label: current.label }, lang)}{' '}
            <Zh>{current.title}</Zh>
          </h3>
          {current.blocks.map((id) => (
            <ReaderBlock key={id} index={index} id={id} />
          ))}
          {current.sections.map((sid) => {
            const section = plan.sections.find((s) => s.id === sid);
            if (!section) return null;
            return (
              <section key={sid}>
                <h4>
                  {crumbText({ kind: 'section', number: section.number, label: section.label }, lang)}{' '}
                  <Zh>{section.title}</Zh>
                </h4>
                {section.blocks.map((id) => (
                  <ReaderBlock key={id} index={index} id={id} />
                ))}
              </section>
            );
          })}
        </article>
      ) : (
        <nav aria-label={t('contents')}>
          <ol className="toc">
            {plan.parts.map((part) => (
              <li key={part.id}>
                <span className="toc-part">
                  {crumbText({ kind: 'part', number: part.number, label: part.label }, lang)} <Zh>{part.title}</Zh>
                </span>
                <ol>
                  {part.chapters.map((cid) => {
                    const c = plan.chapters.find((x) => x.id === cid);
                    return (
                      c && (
                        <li key={cid}>
                          <button type="button" className="link" onClick={() => setChapter(cid)}>
                            {crumbText({ kind: 'chapter', number: c.number, label: c.label }, lang)} <Zh>{c.title}</Zh>
                          </button>
                        </li>
                      )
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </section>
  );
}
