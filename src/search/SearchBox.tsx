import { useId, useMemo, useState } from 'react';
import { useT } from '../i18n/use-t';
import { PlanCrumbs } from '../panels/PlanCrumbs';
import { Zh } from '../panels/ZhText';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { type SearchHit, searchFeatures } from './search';
import { searchUserLayers } from './search-user-layers';

const CJK = /[\u3400-\u9fff]/;

/**
 * One box for every county, town, port, park, route, project and paragraph:
 * Chinese, pinyin (full or initials) or the usual English names. Enter takes
 * the first hit; arrows move through the list.
 */
export function SearchBox() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const entries = useAppStore((s) => s.data?.search);
  const index = useAppStore((s) => s.planIndex);
  const userLayers = useAppStore((s) => s.userLayers);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();

  const hits = useMemo<SearchHit[]>(() => {
    if (!entries || query.trim() === '') return [];
    const found = [...searchFeatures(entries, query, 10), ...searchUserLayers(userLayers, query)];
    const q = query.trim();
    // Passages and projects, by the plan's own words (Chinese only).
    if (index && CJK.test(q) && q.length >= 2) {
      let paragraphs = 0;
      let projects = 0;
      for (const p of index.passages.values()) {
        if (!p.text.includes(q)) continue;
        if (p.kind === 'project' && projects < 3) {
          projects += 1;
          found.push({
            id: p.id,
            kind: 'project',
            name: p.text.slice(0, 40),
            crumbs: p.breadcrumb,
            score: 20,
          });
        } else if (p.kind === 'paragraph' && paragraphs < 4) {
          paragraphs += 1;
          const at = p.text.indexOf(q);
          found.push({
            id: p.id,
            kind: 'paragraph',
            name: p.text.slice(Math.max(0, at - 10), at + 30),
            crumbs: p.breadcrumb,
            score: 19,
          });
        }
      }
    }
    return found;
  }, [entries, index, query, userLayers]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const s = store.getState();
    if (hit.kind === 'paragraph') s.showParagraph(hit.id);
    else if (hit.kind === 'project') s.showParagraph(index?.projects.get(hit.id)?.item ?? null);
    else s.focus(hit.id);
    setQuery('');
  };

  const open = hits.length > 0;
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') choose(hits[active]);
          else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <div className="search-results" role="listbox" id={listId} aria-label={t('searchResults')}>
          {hits.map((hit, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (arrows, Enter)
            <div
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'search-hit active' : 'search-hit'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="hit-kind">{t(`hit_${hit.kind}`)}</span>
              <HitName hit={hit} lang={lang} />
              {hit.detail && <span className="hit-detail">{hit.detail}</span>}
              {hit.crumbs && (
                <span className="hit-detail">
                  <PlanCrumbs crumbs={hit.crumbs} />
                </span>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** A place by its name in the interface language (in English with the Chinese beside it); the plan's words as written. */
function HitName({ hit, lang }: { hit: SearchHit; lang: 'zh' | 'en' }) {
  if (hit.kind === 'paragraph' || hit.kind === 'project')
    return (
      <span className="hit-name">
        <Zh>{hit.name}</Zh>
      </span>
    );
  if (lang === 'zh' || !hit.nameEn) return <span className="hit-name">{hit.name}</span>;
  return (
    <span className="hit-name">
      {hit.nameEn} <Zh>{hit.name}</Zh>
    </span>
  );
}
