import { isBasemapId } from '../basemap/basemap-choice';
import type { CompareSource, CompareView } from '../store/compare-slice';

/** A second side by its key: `scene:6` (1-based, as `scene=`), `layer:u2` (an imported layer), `bm:osm` (a basemap). */
export function parseCompareSource(key: string): CompareSource | null {
  const [kind, id = ''] = key.split(':');
  if (kind === 'scene' && /^\d{1,3}$/.test(id) && Number(id) >= 1) return { kind: 'scene', index: Number(id) - 1 };
  if (kind === 'layer' && /^u\d{1,6}$/.test(id)) return { kind: 'layer', layerId: id };
  if (kind === 'bm' && isBasemapId(id)) return { kind: 'basemap', basemap: id };
  return null;
}

export function formatCompareSource(source: CompareSource): string {
  if (source.kind === 'scene') return `scene:${source.index + 1}`;
  return source.kind === 'layer' ? `layer:${source.layerId}` : `bm:${source.basemap}`;
}

/** A comparison in the link: `cmp=scene:6,swipe,50` is the second side, the mode and the divider (percent, to 0.1). */
export function parseCompare(value: string): CompareView | null {
  const [key = '', mode, at = '', ...rest] = value.split(',');
  const source = parseCompareSource(key);
  if (!source || rest.length > 0 || (mode !== 'swipe' && mode !== 'side') || !/^\d{1,3}(\.\d)?$/.test(at)) return null;
  const position = Number(at);
  return position <= 100 ? { source, mode, position } : null;
}

export function formatCompare({ source, mode, position }: CompareView): string {
  return `${formatCompareSource(source)},${mode},${Math.round(position * 10) / 10}`;
}
