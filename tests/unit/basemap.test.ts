import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { EMPTY_BASEMAP_SETTINGS } from '../../src/basemap/basemap-choice';
import { resolveBasemap, resolveHillshade, tileFailureCause } from '../../src/basemap/providers';
import { checkTileUrl } from '../../src/basemap/tile-url';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { buildStyle } from '../../src/map/build-style';
import { underlayStyle } from '../../src/map/layers/basemap-layers';
import { createAppStore } from '../../src/store/app-store';
import { formatHash, parseHash } from '../../src/url/hash-codec';
import { currentLinkHash, currentViewHash } from '../../src/url/url-sync';

const settings = {
  ...EMPTY_BASEMAP_SETTINGS,
  tiandituKey: 'fake-key-0123',
  customUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
  demUrl: 'http://127.0.0.1:9/dem/{z}/{x}/{y}.png',
};

describe('custom tile URLs', () => {
  it('accepts XYZ templates and turns WMTS ones into XYZ', () => {
    expect(checkTileUrl(' https://tiles.example.cn/{z}/{x}/{y}.png ')).toMatchObject({
      ok: true,
      host: 'tiles.example.cn',
    });
    expect(
      checkTileUrl('http://10.0.0.5/wmts?SERVICE=WMTS&TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}'),
    ).toMatchObject({ ok: true, template: 'http://10.0.0.5/wmts?SERVICE=WMTS&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}' });
  });

  it.each(['ftp://tiles.example.cn/{z}/{x}/{y}.png', 'https://tiles.example.cn/tile.png', 'not a url', ''])(
    'refuses %j as invalid',
    (url) => {
      const check = checkTileUrl(url);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.problem.zh).toContain('瓦片地址无效');
    },
  );

  it.each([
    ['https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8', '高德', 'GCJ-02'],
    ['https://wprd02.is.amap.com/appmaptile?x={x}&y={y}&z={z}', '高德', 'GCJ-02'],
    ['https://rt1.map.gtimg.com/tile?z={z}&x={x}&y={y}', '腾讯', 'GCJ-02'],
    ['https://maponline0.bdimg.com/tile/?qt=vtile&x={x}&y={y}&z={z}', '百度', 'BD-09'],
  ])('refuses %s, saying it is shifted', (url, provider, datum) => {
    const check = checkTileUrl(url);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problem.zh).toContain(provider);
      expect(check.problem.zh).toContain(datum);
      expect(check.problem.en).toContain('hundreds of metres');
    }
  });
});

describe('basemap choices', () => {
  it('天地图 needs a key, and puts it in its tile URLs only', () => {
    expect(resolveBasemap('tianditu-vector', EMPTY_BASEMAP_SETTINGS)).toMatchObject({ ok: false });
    const resolved = resolveBasemap('tianditu-image', settings);
    if (!resolved.ok || !resolved.value) throw new Error('not resolved');
    expect(resolved.value.tileSets.map((s) => s.id)).toEqual(['img', 'cia']);
    expect(resolved.value.tileSets[0]?.tiles[0]).toContain('tianditu.gov.cn/img_w/wmts');
    expect(resolved.value.tileSets[0]?.tiles[0]).toContain('tk=fake-key-0123');
    expect(JSON.stringify(resolved.value.attribution)).not.toContain('fake-key');
  });

  it('names the cause of a failure by its HTTP status', () => {
    expect(tileFailureCause(403).zh).toContain('HTTP 403');
    expect(tileFailureCause(0).en).toContain('cannot be reached');
    expect(tileFailureCause(undefined).en).toContain('CORS');
  });

  it('the style with a basemap and the hillshade is valid, the tiles under the plan, the relief over the zones', () => {
    const ctx = {
      lang: 'zh' as const,
      hidden: [],
      filters: EMPTY_FILTERS,
      selectedCounty: null,
      textScale: 1,
      underlay: true,
    };
    const style = buildStyle(ctx);
    const basemap = resolveBasemap('custom', settings);
    const dem = resolveHillshade(true, settings);
    if (!basemap.ok || !dem.ok) throw new Error('not resolved');
    const underlay = underlayStyle(basemap.value, dem.value, 'zh');
    Object.assign(style.sources, underlay.sources);
    for (const { layer, before } of underlay.layers) {
      style.layers.splice(
        style.layers.findIndex((l) => l.id === before),
        0,
        layer,
      );
    }
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('basemap-custom')).toBe(1);
    expect(ids.indexOf('hillshade')).toBeGreaterThan(ids.indexOf('zone-fill'));
    expect(ids.indexOf('hillshade')).toBeLessThan(ids.indexOf('lake-fill'));
  });
});

describe('the basemap in the link', () => {
  it('round-trips the choice and the hillshade, and reports an unknown one', () => {
    const view = {
      camera: null,
      selectedId: null,
      lang: 'zh' as const,
      hidden: [],
      reading: null,
      filters: EMPTY_FILTERS,
    };
    const hash = formatHash({ ...view, basemap: 'custom', hillshade: true });
    expect(hash).toContain('bm=custom');
    expect(parseHash(hash).state).toMatchObject({ basemap: 'custom', hillshade: true });
    expect(formatHash({ ...view, basemap: 'none' })).not.toContain('bm=');
    expect(parseHash('#v=1&bm=amap').problems).toEqual(['bm']);
  });

  it('the link keeps the choice, never the key or template; a scene keeps neither', () => {
    const store = createAppStore({ basemap: 'tianditu-vector', hillshade: true, basemapSettings: settings });
    const link = currentLinkHash(store, null, false);
    expect(link).toContain('bm=tianditu-vector');
    expect(link).toContain('hs=1');
    for (const secret of ['fake-key', '127.0.0.1', 'tk=']) expect(link).not.toContain(secret);
    expect(currentViewHash(store)).not.toContain('bm=');
  });
});
