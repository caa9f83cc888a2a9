import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/strings';
import { backgroundLayer, countryLabelLayer, neighbourFillLayer, neighbourLabelLayer } from './context-layers';
import { countyFillLayer, countyLabelLayer, countyLineLayer, countySelectedLineLayer } from './county-layers';
import {
  corridorAxisLayer,
  corridorBandEdgeLayer,
  corridorBandLayer,
  splitLineLayer,
  zoneFillLayer,
  zoneOutlineLayer,
} from './zone-layers';

/** Every layer of the map, bottom to top. */
export function buildLayers(lang: Lang): LayerSpecification[] {
  return [
    backgroundLayer,
    neighbourFillLayer,
    zoneFillLayer,
    countyFillLayer,
    corridorBandLayer,
    countyLineLayer,
    zoneOutlineLayer,
    splitLineLayer,
    corridorBandEdgeLayer,
    corridorAxisLayer,
    countySelectedLineLayer,
    neighbourLabelLayer(lang),
    countryLabelLayer(lang),
    countyLabelLayer(lang),
  ];
}

/** The layers a click or hover can pick a feature from, topmost first. */
export const INTERACTIVE_LAYERS = ['county-fill'] as const;
