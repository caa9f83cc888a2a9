import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { formatHash, parseHash } from '../../src/url/hash-codec';
import { viewFromHash } from '../../src/url/url-sync';

describe('the URL hash codec', () => {
  it('round-trips a view', () => {
    const view = {
      camera: { center: [85.3, 28.5] as [number, number], zoom: 8.25 },
      selectedId: 'county-540234',
      lang: 'en' as const,
      hidden: ['layer:ports' as const, 'layer:routes' as const],
      filters: { ...EMPTY_FILTERS, zones: ['border-belt' as const], tiers: ['node' as const] },
      reading: 'c03.s1.p2',
    };
    const { state, problems } = parseHash(formatHash(view));
    expect(problems).toEqual([]);
    expect(state).toEqual(view);
  });

  it('carries the county brief, one county or all 18', () => {
    for (const brief of ['county-540234', 'all']) {
      const hash = formatHash({
        camera: null,
        selectedId: 'county-540234',
        lang: 'zh',
        hidden: [],
        reading: null,
        filters: EMPTY_FILTERS,
        brief,
      });
      expect(hash).toBe(`#v=1&sel=county-540234&brief=${brief}`);
      expect(parseHash(hash)).toEqual({ state: { selectedId: 'county-540234', brief }, problems: [] });
    }
  });

  it('keeps the open audit page as audit=1, and reports any other value', () => {
    const hash = formatHash({
      camera: null,
      selectedId: 'town-540229205',
      lang: 'zh',
      hidden: [],
      reading: null,
      audit: true,
      filters: EMPTY_FILTERS,
    });
    expect(hash).toBe('#v=1&sel=town-540229205&audit=1');
    expect(parseHash(hash).state.audit).toBe(true);
    expect(parseHash('#v=1&audit=yes')).toEqual({ state: {}, problems: ['audit'] });
  });

  it('leaves the default language out of the link', () => {
    expect(
      formatHash({
        camera: { center: [87.3, 29], zoom: 6.3 },
        selectedId: null,
        lang: 'zh',
        hidden: [],
        reading: null,
        filters: EMPTY_FILTERS,
      }),
    ).toBe('#v=1&map=6.30/29.0000/87.3000');
  });

  it('leaves the camera out while the view is the whole city', () => {
    expect(
      formatHash({
        camera: null,
        selectedId: 'county-540234',
        lang: 'zh',
        hidden: [],
        reading: null,
        filters: EMPTY_FILTERS,
      }),
    ).toBe('#v=1&sel=county-540234');
  });

  it('keeps the indicator panel open in the link as ind=1, and leaves it out when closed', () => {
    const base = {
      camera: null,
      selectedId: null,
      lang: 'zh' as const,
      hidden: [],
      reading: null,
      filters: EMPTY_FILTERS,
    };
    expect(formatHash({ ...base, indicators: true })).toBe('#v=1&ind=1');
    expect(formatHash({ ...base, indicators: false })).toBe('#v=1');
    expect(parseHash('#v=1&ind=1')).toEqual({ state: { indicators: true }, problems: [] });
    expect(viewFromHash(parseHash('#v=1&ind=1').state).indicatorsOpen).toBe(true);
    expect(viewFromHash(parseHash('#v=1&read=toc').state).indicatorsOpen).toBe(false);
  });

  it('drops an ind value other than 1 and names it', () => {
    expect(parseHash('#ind=yes')).toEqual({ state: {}, problems: ['ind'] });
  });

  it('reads an empty hash as no state and no problem', () => {
    expect(parseHash('')).toEqual({ state: {}, problems: [] });
    expect(parseHash('#')).toEqual({ state: {}, problems: [] });
  });

  it('writes hidden layers readably', () => {
    expect(
      formatHash({
        camera: null,
        selectedId: null,
        lang: 'zh',
        hidden: ['layer:routes'],
        reading: null,
        filters: EMPTY_FILTERS,
      }),
    ).toBe('#v=1&hide=layer:routes');
  });

  it('keeps the known items of a partly unknown hide list', () => {
    const { state, problems } = parseHash('#hide=layer:towns,layer:nowhere');
    expect(state.hidden).toEqual(['layer:towns']);
    expect(problems).toEqual(['hide']);
  });

  it('keeps the known items of a filter and names the rest', () => {
    const { state, problems } = parseHash('#f=zones:border-belt,tiers:capital,ports:x,counties:county-540234');
    expect(state.filters).toEqual({ ...EMPTY_FILTERS, zones: ['border-belt'], counties: ['county-540234'] });
    expect(problems).toEqual(['f']);
  });

  it.each([
    ['#map=abc', 'map'],
    ['#map=6/29', 'map'],
    ['#map=6/95/87', 'map'],
    ['#map=30/29/87', 'map'],
    ['#map=6/29/-200', 'map'],
    ['#map=Infinity/29/87', 'map'],
    ['#sel=<img src=x onerror=alert(1)>', 'sel'],
    ['#sel=COUNTY', 'sel'],
    ['#lang=fr', 'lang'],
    ['#v=99', 'v=99'],
    ['#evil=1', 'evil'],
    ['#read=<script>', 'read'],
    ['#map=NaN/NaN/NaN', 'map'],
    ['#map=99/29/87', 'map'],
    ['#sel=%E0%A4%A', 'sel'],
    ['#lang=<b>zh</b>', 'lang'],
    ['#read=<script>alert(1)</script>', 'read'],
    ['#brief=town-540234100', 'brief'],
    ['#brief=county-999999', 'brief'],
    [`#sel=${'x'.repeat(5000)}`, 'sel'],
  ])('drops %s and names it', (hash, problem) => {
    const { state, problems } = parseHash(hash);
    expect(problems).toEqual([problem]);
    expect(state).toEqual({});
  });

  it.each([
    ['#f=zones:nowhere', 'f'],
    ['#f=tiers:capital,zones:core', 'f'],
    ['#hide=layer:everything', 'hide'],
    ['#evil=1&map=7/28/85', 'evil'],
  ])('keeps what is known of %s and names the rest', (hash, problem) => {
    expect(parseHash(hash).problems).toEqual([problem]);
  });

  it('keeps the valid parts of a partly broken hash', () => {
    const { state, problems } = parseHash('#v=1&map=7/28.5/85.3&sel=%%%&lang=en');
    expect(state.camera).toEqual({ center: [85.3, 28.5], zoom: 7 });
    expect(state.lang).toBe('en');
    expect(problems).toEqual(['sel']);
  });
});
