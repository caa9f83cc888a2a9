import { type BasemapId, isBasemapId } from '../basemap/basemap-choice';
import { EMPTY_FILTERS, type FilterDimension, type Filters } from '../filter/filter-model';
import type { Lang } from '../i18n/strings';
import type { CompareView } from '../store/compare-slice';
import type { Camera } from '../store/view-slice';
import { ALL_LAYER_ITEMS, type LayerItemId, PANEL_GROUPS } from '../symbology/groups';
import { formatCompare, parseCompare } from './compare-codec';

/**
 * The view in the URL hash, e.g. `#v=1&map=6.30/29.0000/87.3000&sel=county-540234&lang=en&f=zones:border-belt&hide=layer:routes&bm=osm`.
 * `v` versions the format so that old links keep working when it grows.
 */
export const HASH_VERSION = 1;

export interface HashState {
  camera?: Camera | null;
  selectedId?: string | null;
  lang?: Lang;
  /** Items of the layer control switched off. */
  hidden?: LayerItemId[];
  /** The plan reader: closed (null), open at its contents ('toc'), or at a paragraph id. */
  reading?: string | null;
  /** The text–map audit page is open (`audit=1`). */
  audit?: boolean;
  /** The indicator panel (专栏1, 专栏2) is open: `ind=1`. */
  indicators?: boolean;
  filters?: Filters;
  /** The meeting: the scene shown (0-based here, 1-based in the link) and whether it is presented. */
  scene?: number | null;
  presenting?: boolean;
  /** The basemap chosen and the hillshade; the key and the templates stay in the browser. Links only, not scenes. */
  basemap?: BasemapId;
  hillshade?: boolean;
  /** The county brief: a county id, or 'all' for the 18 briefs in one document. */
  brief?: string | null;
  /** A comparison with a second view (对比分析): how this screen draws, like the basemap. */
  compare?: CompareView | null;
}

/** Values a filter dimension may take in a link (counties are checked against the data later). */
const FILTER_VALUES = new Map<string, string[]>();
for (const o of PANEL_GROUPS.flatMap((g) => g.options)) {
  FILTER_VALUES.set(o.dimension, [...(FILTER_VALUES.get(o.dimension) ?? []), o.value]);
}
const isFilterValue = (dimension: string, value: string) =>
  dimension === 'counties' ? /^county-5402\d\d$/.test(value) : (FILTER_VALUES.get(dimension) ?? []).includes(value);

/** `zones:border-belt,tiers:node` ⇄ Filters; unknown items are dropped and reported. */
function parseFilters(value: string): { filters: Filters; ok: boolean } {
  const filters: Filters = structuredClone(EMPTY_FILTERS);
  let ok = true;
  for (const item of value.split(',').filter(Boolean)) {
    const [dimension = '', v = ''] = item.split(':');
    if (
      dimension in filters &&
      isFilterValue(dimension, v) &&
      !(filters[dimension as FilterDimension] as string[]).includes(v)
    ) {
      (filters[dimension as FilterDimension] as string[]).push(v);
    } else ok = false;
  }
  return { filters, ok };
}

function formatFilters(f: Filters): string {
  return (Object.keys(f) as FilterDimension[]).flatMap((d) => [...f[d]].sort().map((v) => `${d}:${v}`)).join(',');
}

export interface ParsedHash {
  state: HashState;
  /** What could not be used, in words for the notice (empty when the hash was fine). */
  problems: string[];
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Longitudes and latitudes the app can usefully show (日喀则 and well around it). */
const BOUNDS = { minLng: 70, maxLng: 105, minLat: 20, maxLat: 40, minZoom: 3, maxZoom: 16 };

function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  const ok =
    zoom >= BOUNDS.minZoom &&
    zoom <= BOUNDS.maxZoom &&
    lat >= BOUNDS.minLat &&
    lat <= BOUNDS.maxLat &&
    lng >= BOUNDS.minLng &&
    lng <= BOUNDS.maxLng;
  return ok ? { zoom, center: [lng, lat] } : null;
}

/** Never throws: a part that cannot be read is dropped and named in `problems`. */
export function parseHash(hash: string): ParsedHash {
  const state: HashState = {};
  const problems: string[] = [];
  const body = hash.replace(/^#/, '');
  if (body === '') return { state, problems };

  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return { state, problems: ['hash'] };
  }
  const version = params.get('v');
  if (version !== null && version !== String(HASH_VERSION)) problems.push(`v=${version.slice(0, 12)}`);

  for (const [key, raw] of params) {
    const value = raw.slice(0, 200);
    switch (key) {
      case 'v':
        break;
      case 'map': {
        const camera = parseCamera(value);
        if (camera) state.camera = camera;
        else problems.push('map');
        break;
      }
      case 'sel':
        if (ID_PATTERN.test(value)) state.selectedId = value;
        else problems.push('sel');
        break;
      case 'lang':
        if (value === 'zh' || value === 'en') state.lang = value;
        else problems.push('lang');
        break;
      case 'read':
        if (value === 'toc' || /^[a-z0-9.]{2,40}$/.test(value)) state.reading = value;
        else problems.push('read');
        break;
      case 'scene':
        if (/^\d{1,3}$/.test(value) && Number(value) >= 1) state.scene = Number(value) - 1;
        else problems.push('scene');
        break;
      case 'bm':
        if (isBasemapId(value)) state.basemap = value;
        else problems.push('bm');
        break;
      case 'hs':
        if (value === '1') state.hillshade = true;
        else problems.push('hs');
        break;
      case 'brief':
        if (value === 'all' || /^county-5402\d\d$/.test(value)) state.brief = value;
        else problems.push('brief');
        break;
      case 'audit':
        if (value === '1') state.audit = true;
        else problems.push('audit');
        break;
      case 'ind':
        if (value === '1') state.indicators = true;
        else problems.push('ind');
        break;
      case 'cmp': {
        const compare = parseCompare(value);
        if (compare) state.compare = compare;
        else problems.push('cmp');
        break;
      }
      case 'present':
        if (value === '1') state.presenting = true;
        else problems.push('present');
        break;
      case 'f': {
        const { filters, ok } = parseFilters(value);
        state.filters = filters;
        if (!ok) problems.push('f');
        break;
      }
      case 'hide': {
        const items = value.split(',').filter(Boolean);
        const known = items.filter((i): i is LayerItemId => (ALL_LAYER_ITEMS as string[]).includes(i));
        state.hidden = known;
        if (known.length !== items.length) problems.push('hide');
        break;
      }
      default:
        problems.push(key.slice(0, 20));
    }
  }
  return { state, problems };
}

type OptionalInHash = 'scene' | 'presenting' | 'basemap' | 'hillshade' | 'audit' | 'indicators' | 'brief' | 'compare';

export function formatHash(state: Omit<Required<HashState>, OptionalInHash> & Pick<HashState, OptionalInHash>): string {
  const {
    camera,
    selectedId,
    lang,
    hidden,
    reading,
    audit,
    indicators,
    filters,
    scene,
    presenting,
    basemap,
    hillshade,
    brief,
    compare,
  } = state;
  const params = new URLSearchParams();
  params.set('v', String(HASH_VERSION));
  if (camera)
    params.set('map', `${camera.zoom.toFixed(2)}/${camera.center[1].toFixed(4)}/${camera.center[0].toFixed(4)}`);
  if (selectedId) params.set('sel', selectedId);
  if (lang !== 'zh') params.set('lang', lang);
  const f = formatFilters(filters);
  if (f) params.set('f', f);
  if (hidden.length > 0) params.set('hide', [...hidden].sort().join(','));
  if (reading) params.set('read', reading);
  if (audit) params.set('audit', '1');
  if (indicators) params.set('ind', '1');
  if (scene !== undefined && scene !== null) params.set('scene', String(scene + 1));
  if (presenting) params.set('present', '1');
  if (brief) params.set('brief', brief);
  if (basemap && basemap !== 'none') params.set('bm', basemap);
  if (hillshade) params.set('hs', '1');
  if (compare) params.set('cmp', formatCompare(compare));
  // Slashes, colons and commas are safe in a fragment and easier to read escaped-free.
  return `#${params.toString().replaceAll('%2F', '/').replaceAll('%3A', ':').replaceAll('%2C', ',')}`;
}
