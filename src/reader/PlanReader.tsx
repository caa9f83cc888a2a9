import { useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/use-t';
import { SidePanelHeader } from '../panels/SidePanelHeader';
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
  if (error) return <p className="panel-error">{error}</p>;
  if (!index) return <p className="panel-hint">{t('loadingPlan')}</p>;
  const { plan } = index;
  const current = plan.chapters.find((c) => c.id === chapter);

  return (
    <section className="reader" aria-label={t('planText')}>
      <SidePanelHeader title={t('planText')} onClose={() => store.getState().openReader(false)} />
      <p className="reader-source">{`${plan.title} · ${plan.source.publisher} ${plan.source.published}`}</p>
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
                <span className="breadcrumb">{h.breadcrumb.join(' › ')}</span> {h.text}
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
          <h3>{`${current.label} ${current.title}`}</h3>
          {current.blocks.map((id) => (
            <ReaderBlock key={id} index={index} id={id} />
          ))}
          {current.sections.map((sid) => {
            const section = plan.sections.find((s) => s.id === sid);
            if (!section) return null;
            return (
              <section key={sid}>
                <h4>{`${section.label} ${section.title}`}</h4>
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
                <span className="toc-part">{`${part.label} ${part.title}`}</span>
                <ol>
                  {part.chapters.map((cid) => {
                    const c = plan.chapters.find((x) => x.id === cid);
                    return (
                      c && (
                        <li key={cid}>
                          <button type="button" className="link" onClick={() => setChapter(cid)}>
                            {`${c.label} ${c.title}`}
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
