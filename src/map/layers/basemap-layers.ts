import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { ResolvedBasemap, ResolvedDem, TileSet } from '../../basemap/providers';
import type { Lang } from '../../i18n/strings';
import { INK } from '../../symbology/palette';

/** Source and layer ids of the basemap's tile sets start with this; the elevation source is `dem`. */
export const BASEMAP_PREFIX = 'basemap-';
export const DEM_SOURCE = 'dem';

/** Basemap tiles go under everything the plan draws (the neighbours' veil included). */
const BASEMAP_BEFORE = 'neighbour-fill';
/** Relief goes over the zone colours and under the lakes, rivers and marks, as on the plan's own figures. */
const HILLSHADE_BEFORE = 'lake-fill';

/** The sources and layers under the plan's layers, each layer with the plan layer it goes under. */
export interface UnderlayStyle {
  sources: Record<string, SourceSpecification>;
  layers: { layer: LayerSpecification; before: string }[];
}

/** Photographs are lightened and greyed, maps greyed a little: the plan's fills stay readable over both. */
const rasterPaint = (set: TileSet) =>
  set.imagery
    ? { 'raster-saturation': -0.35, 'raster-brightness-min': 0.25, 'raster-fade-duration': 0 }
    : { 'raster-saturation': -0.3, 'raster-fade-duration': 0 };

/** The basemap's raster sources and layers and the hillshade, as style data for the language shown. */
export function underlayStyle(basemap: ResolvedBasemap | null, dem: ResolvedDem | null, lang: Lang): UnderlayStyle {
  const style: UnderlayStyle = { sources: {}, layers: [] };
  for (const [i, set] of (basemap?.tileSets ?? []).entries()) {
    const id = `${BASEMAP_PREFIX}${set.id}`;
    style.sources[id] = {
      type: 'raster',
      tiles: set.tiles,
      tileSize: 256,
      maxzoom: set.maxzoom,
      // Once per basemap: MapLibre's attribution control lists every source's.
      ...(i === 0 && basemap ? { attribution: basemap.attribution[lang] } : {}),
    };
    style.layers.push({ layer: { id, type: 'raster', source: id, paint: rasterPaint(set) }, before: BASEMAP_BEFORE });
  }
  if (dem) {
    style.sources[DEM_SOURCE] = {
      type: 'raster-dem',
      tiles: dem.tiles,
      tileSize: 256,
      encoding: dem.encoding,
      maxzoom: 14,
      attribution: dem.attribution[lang],
    };
    style.layers.push({
      layer: {
        id: 'hillshade',
        type: 'hillshade',
        source: DEM_SOURCE,
        paint: {
          'hillshade-exaggeration': 0.45,
          'hillshade-shadow-color': 'rgba(29, 39, 51, 0.55)',
          'hillshade-highlight-color': 'rgba(255, 255, 255, 0.35)',
          'hillshade-accent-color': INK,
        },
      },
      before: HILLSHADE_BEFORE,
    });
  }
  return style;
}
