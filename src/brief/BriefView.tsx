import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { GeoData } from '../data/load-geodata';
import { encodeCanvas } from '../export/compose-png';
import { isoDate } from '../export/file-name';
import { renderMapImages } from '../export/render-map';
import { EMPTY_FILTERS } from '../filter/filter-model';
import { featureBounds } from '../geo/feature-bounds';
import { errorReason } from '../i18n/bilingual';
import { BRIEF_TEXT } from '../i18n/brief-text';
import type { Lang } from '../i18n/strings';
import { ensurePlan } from '../plan/ensure-plan';
import type { PlanIndex } from '../plan/plan-index';
import type { AppState } from '../store/app-store';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { BriefPage } from './BriefPage';
import { BRIEF_DETAIL, countyBrief } from './brief-model';
import { briefWords } from './brief-parts';
import './brief.css';

/** The map's frame on the page (186 × 92 mm) in CSS pixels, drawn at 2×: about 200 dpi. */
const MAP_CSS = { width: 744, height: 368 };
const MAP_RATIO = 2;

/** The brief's counties: one, or all 18 in the order of their codes. */
function briefCounties(data: GeoData, target: string): string[] {
  const ids = data.counties.features.map((f) => f.properties).sort((a, b) => a.code.localeCompare(b.code));
  return target === 'all' ? ids.map((c) => c.id) : ids.filter((c) => c.id === target).map((c) => c.id);
}

/** The state a county's map is drawn from: the county selected and framed, everything shown, nothing filtered. */
function mapState(state: AppState, county: string): AppState {
  return {
    ...state,
    selectedId: county,
    filters: EMPTY_FILTERS,
    hiddenLayers: [],
    presenting: false,
    readerOpen: false,
    readerParagraph: null,
  };
}

/** Draws the counties' maps in one hidden map, as object URLs by county id. */
function useBriefMaps(counties: readonly string[], lang: Lang) {
  const store = useAppStoreApi();
  const [maps, setMaps] = useState<Map<string, string>>(new Map());
  const [done, setDone] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn when the counties or the language change
  useEffect(() => {
    let cancelled = false;
    const urls: string[] = [];
    const state = store.getState();
    const data = state.data;
    if (!data || counties.length === 0) return;
    setMaps(new Map());
    setDone(0);
    setError(null);
    const views = counties.map((id) => {
      const county = data.counties.features.find((f) => f.properties.id === id);
      return { state: mapState(state, id), ...(county ? { frame: featureBounds(county) } : {}) };
    });
    renderMapImages(views, MAP_CSS, MAP_RATIO, (n) => !cancelled && setDone(n))
      .then(async (images) => {
        const next = new Map<string, string>();
        for (const [i, image] of images.entries()) {
          const url = URL.createObjectURL(await encodeCanvas(image.canvas, 'image/png'));
          urls.push(url);
          next.set(counties[i] ?? '', url);
        }
        if (!cancelled) setMaps(next);
      })
      .catch((e: unknown) => !cancelled && setError(errorReason(e)[state.lang]));
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [counties.join(), lang, store]);
  return { maps, done, error };
}

/** A page that steps its detail down until its content fits (never its text size). */
function FittedPage(props: {
  data: GeoData;
  index: PlanIndex;
  county: string;
  lang: Lang;
  mapUrl: string | null;
  date: string;
  link: string;
}) {
  const [level, setLevel] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const brief = useMemo(
    () => countyBrief(props.data, props.index, props.county, BRIEF_DETAIL[level] ?? BRIEF_DETAIL[0]!),
    [props.data, props.index, props.county, level],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again whenever the brief is laid out anew
  useLayoutEffect(() => {
    const body = frame.current?.querySelector<HTMLElement>('.brief-body');
    if (!body) return;
    const overflows = body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1;
    if (overflows && level < BRIEF_DETAIL.length - 1) setLevel(level + 1);
    else frame.current?.setAttribute('data-fits', overflows ? 'false' : 'true');
  }, [brief]);
  return (
    <div ref={frame} className="brief-sheet">
      <BriefPage
        brief={brief}
        lang={props.lang}
        mapUrl={props.mapUrl}
        date={props.date}
        link={props.link}
        detail={level}
      />
    </div>
  );
}

/**
 * 县域简报: the brief of one county (or of all 18) over the map, as A4 portrait pages
 * that print one county to a page; the browser's print dialog saves them as a PDF.
 */
export default function BriefView() {
  const store = useAppStoreApi();
  const target = useAppStore((s) => s.brief);
  const data = useAppStore((s) => s.data);
  const index = useAppStore((s) => s.planIndex);
  const lang = useAppStore((s) => s.lang);
  const { text } = briefWords(lang);
  const counties = useMemo(() => (data && target ? briefCounties(data, target) : []), [data, target]);
  const { maps, done, error } = useBriefMaps(counties, lang);
  const date = useMemo(() => isoDate(new Date()), []);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void ensurePlan(store);
  }, [store]);
  // A link to a county the data does not have: said, and closed.
  useEffect(() => {
    if (data && target && counties.length === 0) {
      store.getState().showNotice({ zh: BRIEF_TEXT.zh.briefUnknown, en: BRIEF_TEXT.en.briefUnknown });
      store.getState().showBrief(null);
    }
  }, [data, target, counties.length, store]);
  useEffect(() => {
    close.current?.focus();
    // Caught first, so that Esc closes the brief and not the presentation or the selection under it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopImmediatePropagation();
      store.getState().showBrief(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);

  if (!target) return null;
  const single = target !== 'all';
  const title = single
    ? text('briefTitle', { county: counties[0] ? (data?.byId.get(counties[0])?.props.name ?? '') : '' })
    : text('briefAllTitle');
  const ready = maps.size === counties.length && counties.length > 0;
  const link = (county: string) => `${window.location.href.split('#')[0]}#v=1&sel=${county}`;
  return createPortal(
    <div className="brief-view" role="dialog" aria-modal="true" aria-label={title}>
      <style>{'@page { size: A4 portrait; margin: 0; }'}</style>
      <div className="brief-toolbar">
        <strong>{title}</strong>
        <p role="status" className="brief-status">
          {error
            ? `${text('briefFailed')}${error}`
            : ready
              ? text('briefReady', { n: counties.length })
              : text('briefDrawing', { done, total: counties.length })}
        </p>
        <button type="button" disabled={!ready || !index} onClick={() => window.print()}>
          {text('briefPrint')}
        </button>
        {single ? (
          <button type="button" onClick={() => store.getState().showBrief('all')}>
            {text('briefAll')}
          </button>
        ) : (
          store.getState().selectedId?.startsWith('county-') && (
            <button type="button" onClick={() => store.getState().showBrief(store.getState().selectedId)}>
              {text('briefOne')}
            </button>
          )
        )}
        <button
          ref={close}
          type="button"
          className="close"
          aria-label={text('briefClose')}
          onClick={() => store.getState().showBrief(null)}
        >
          ×
        </button>
      </div>
      <div className="brief-pages" data-ready={ready && index ? 'true' : 'false'}>
        {data &&
          index &&
          counties.map((county) => (
            <FittedPage
              // A new language starts again from the fullest level.
              key={`${county}-${lang}`}
              data={data}
              index={index}
              county={county}
              lang={lang}
              mapUrl={maps.get(county) ?? null}
              date={date}
              link={link(county)}
            />
          ))}
      </div>
    </div>,
    document.body,
  );
}
