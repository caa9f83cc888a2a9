import '../i18n/strings-later';
import { useEffect, useMemo, useState } from 'react';
import { crumbText } from '../i18n/plan-labels';
import { useT } from '../i18n/use-t';
import { ensurePlan } from '../plan/ensure-plan';
import { excerpt, passagesOfFeature } from '../plan/passage-view';
import type { Passage } from '../plan/plan-index';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { PassageText } from './PassageText';
import { PlanCrumbs } from './PlanCrumbs';
import { QuotesNote, Zh } from './ZhText';

/** What the plan says about a feature: its defining passages, every other mention by chapter, its projects. */
export function FeaturePassages({ feature }: { feature: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const index = useAppStore((s) => s.planIndex);
  const error = useAppStore((s) => s.planError);
  useEffect(() => {
    void ensurePlan(store);
  }, [store]);
  const found = useMemo(() => (index ? passagesOfFeature(index, feature) : null), [index, feature]);
  if (error)
    return <p className="panel-error">{`${t('planLoadFailed')}${lang === 'zh' ? '：' : ': '}${error[lang]}`}</p>;
  if (!index || !found) return <p className="panel-hint">{t('loadingPlan')}</p>;

  const mentionCount = found.chapters.reduce((n, c) => n + c.passages.length, 0);
  const projectCount = found.columns.reduce((n, c) => n + c.projects.length, 0);
  const chapterTitle = (id: string) => index.plan.chapters.find((c) => c.id === id);
  return (
    <section className="passages" aria-label={t('inThePlan')}>
      <QuotesNote />
      {found.primary.length > 0 && (
        <>
          <h3>{t('primaryPassages')}</h3>
          {found.primary.map((p) => (
            <PassageCard key={p.id} passage={p} feature={feature} full />
          ))}
        </>
      )}
      <h3>
        {t('mentions')} <span className="count">{mentionCount}</span>
      </h3>
      {found.chapters.map(({ chapter, passages }) => {
        const c = chapterTitle(chapter);
        return (
          <div key={chapter} className="chapter-group">
            <h4>
              {c ? (
                <>
                  {crumbText({ kind: 'chapter', number: c.number, label: c.label }, lang)} <Zh>{c.title}</Zh>
                </>
              ) : (
                crumbText({ kind: 'preface' }, lang)
              )}
            </h4>
            {passages.map((p) => (
              <PassageCard key={p.id} passage={p} feature={feature} />
            ))}
          </div>
        );
      })}
      <h3>
        {t('projects')} <span className="count">{projectCount}</span>
      </h3>
      {found.columns.map(({ column, projects }) => (
        <div key={column} className="chapter-group">
          <h4>{crumbText({ kind: 'column', number: column }, lang)}</h4>
          <ul className="projects">
            {projects.map((p) => (
              <li key={p.id} lang="zh-CN">
                <span className="project-category">{p.category}</span>{' '}
                <PassageText text={p.text} spans={index.links.spans[p.id] ?? []} self={feature} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** One passage: breadcrumb, the text around the mention, and a toggle to the whole paragraph. */
function PassageCard({ passage, feature, full = false }: { passage: Passage; feature: string; full?: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const spans = useAppStore((s) => s.planIndex?.links.spans[passage.id]) ?? [];
  const [open, setOpen] = useState(full);
  const shown = open
    ? { text: passage.text, spans, cutBefore: false, cutAfter: false }
    : excerpt(passage.text, spans, feature);
  const cut = shown.cutBefore || shown.cutAfter;
  return (
    <blockquote className="passage">
      <p className="breadcrumb">
        <button type="button" className="link" onClick={() => store.getState().showParagraph(passage.id)}>
          <PlanCrumbs crumbs={passage.breadcrumb} />
        </button>
      </p>
      <p lang="zh-CN">
        {shown.cutBefore && '…'}
        <PassageText text={shown.text} spans={shown.spans} self={feature} />
        {shown.cutAfter && '…'}
      </p>
      {(cut || open) && !full && (
        <button type="button" className="link small" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('collapse') : t('expand')}
        </button>
      )}
    </blockquote>
  );
}
