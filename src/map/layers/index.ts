import type { LayerSpecification } from 'maplibre-gl';
import { backgroundLayer, countryLabelLayer, neighbourFillLayer, neighbourLabelLayer } from './context-layers';
import {
  countyFillLayer,
  countyLabelLayer,
  countyLineLayer,
  countyMaskLayer,
  countySelectedLineLayer,
} from './county-layers';
import type { LayerContext } from './layer-context';
import {
  parkHaloLayer,
  parkIconLayer,
  parkLabelLayer,
  portHaloLayer,
  portIconLayer,
  portLabelLayer,
} from './port-park-layers';
import { routeLabelLayer, routeLineLayer } from './route-layers';
import { townCircleLayer, townHaloLayer, townLabelLayer } from './town-layers';
import {
  corridorAxisLayer,
  corridorBandEdgeLayer,
  corridorBandLayer,
  splitLineLayer,
  zoneFillLayer,
  zoneOutlineLayer,
} from './zone-layers';

/** Every layer of the map, bottom to top, for a language and the layer control's state. */
export function buildLayers(ctx: LayerContext): LayerSpecification[] {
  return [
    backgroundLayer,
    neighbourFillLayer,
    zoneFillLayer(ctx),
    countyFillLayer,
    corridorBandLayer(ctx),
    countyMaskLayer(ctx),
    countyLineLayer(ctx),
    zoneOutlineLayer(ctx),
    splitLineLayer,
    corridorBandEdgeLayer(ctx),
    corridorAxisLayer(ctx),
    routeLineLayer(ctx),
    countySelectedLineLayer,
    townHaloLayer(ctx),
    portHaloLayer(ctx),
    parkHaloLayer(ctx),
    townCircleLayer(ctx),
    // Ports and parks sit at their host towns: drawn over the town symbols so they stay visible.
    parkIconLayer(ctx),
    portIconLayer(ctx),
    neighbourLabelLayer(ctx),
    countryLabelLayer(ctx),
    routeLabelLayer(ctx),
    parkLabelLayer(ctx),
    portLabelLayer(ctx),
    townLabelLayer(ctx),
    // Last, so county names win label collisions.
    countyLabelLayer(ctx),
  ];
}

/** The layers a click or hover can pick a feature from, topmost first. */
export const INTERACTIVE_LAYERS = ['town-circle', 'port-icon', 'park-icon', 'route-line', 'county-fill'] as const;
