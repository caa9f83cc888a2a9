import '../i18n/strings-later';
import type { PlanColumn } from '../data/plan-types';
import { crumbText } from '../i18n/plan-labels';
import { useT } from '../i18n/use-t';
import { PassageText } from '../panels/PassageText';
import { crumbsText } from '../panels/PlanCrumbs';
import { Zh } from '../panels/ZhText';
import type { PlanIndex } from '../plan/plan-index';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** One block of a chapter: a paragraph (click to light up its places on the map), a 专栏 or a figure caption. */
export function ReaderBlock({ index, id }: { index: PlanIndex; id: string }) {
  const store = useAppStoreApi();
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const current = useAppStore((s) => s.readerParagraph);
  const column = index.plan.columns.find((c) => c.id === id);
  if (column) return <ColumnBlock index={index} column={column} />;
  const figure = index.plan.figures.find((f) => f.id === id);
  if (figure)
    return (
      <p className="figure-caption">
        {t('figureN').replace('{n}', String(figure.number))} <Zh>{figure.caption}</Zh>
      </p>
    );
  const passage = index.passages.get(id);
  if (!passage) return null;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the paragraph's place links and its button are the keyboard path
    <p
      id={`para-${id}`}
      lang="zh-CN"
      className={current === id ? 'reader-paragraph current' : 'reader-paragraph'}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button')) return;
        store.getState().showParagraph(id);
      }}
    >
      <PassageText text={passage.text} spans={index.links.spans[id] ?? []} />
      <button
        type="button"
        className="paragraph-anchor"
        lang={lang === 'zh' ? 'zh-CN' : 'en'}
        aria-label={`${crumbsText(passage.breadcrumb, lang)} · ${id}`}
        aria-pressed={current === id}
        onClick={() => store.getState().showParagraph(current === id ? null : id)}
      >
        ¶
      </button>
    </p>
  );
}

function ColumnBlock({ index, column }: { index: PlanIndex; column: PlanColumn }) {
  const lang = useAppStore((s) => s.lang);
  const current = useAppStore((s) => s.readerParagraph === column.id);
  const label = crumbText({ kind: 'column', number: column.number }, lang);
  return (
    // A link may open the reader at a whole 专栏 (the indicator panel cites 专栏1 and 专栏2 so).
    <section
      id={`para-${column.id}`}
      className={current ? 'reader-column current' : 'reader-column'}
      aria-label={lang === 'zh' ? `${label} ${column.title}` : label}
    >
      <h4>
        {label} <Zh>{column.title}</Zh>
      </h4>
      {column.kind === 'table' && (
        <div className="table-wrap" lang="zh-CN">
          <table>
            <thead>
              <tr>
                {column.header.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {column.rows.map((row) => (
                <tr key={row.id}>
                  {row.cells.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {column.kind === 'categories' &&
        column.groups.map((g) => (
          <div key={g.id} lang="zh-CN">
            <h5>{g.label}</h5>
            {g.items.map((item) => (
              <p key={item.id} className="reader-item">
                <PassageText text={item.text} spans={index.links.spans[item.id] ?? []} />
              </p>
            ))}
          </div>
        ))}
      {column.kind === 'town-system' &&
        column.tiers.map((tier) => (
          <p key={tier.id} className="reader-item" lang="zh-CN">
            <PassageText text={tier.text} spans={index.links.spans[tier.id] ?? []} />
          </p>
        ))}
    </section>
  );
}
