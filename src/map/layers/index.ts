import type { LayerSpecification } from 'maplibre-gl';
import { areaLabelLayer, backgroundLayer, neighbourFillLayer } from './context-layers';
import { countyFillLayer, countyLineLayer, countyMaskLayer, countySelectedLineLayer } from './county-layers';
import type { LayerContext } from './layer-context';
import { lakeFillLayer, physicalLineLayer, physicalPointLayer, riverLabelLayer } from './physical-layers';
import {
  parkHaloLayer,
  parkIconLayer,
  parkLabelLayer,
  portHaloLayer,
  portIconLayer,
  portLabelLayer,
} from './port-park-layers';
import { routeLabelLayer, routeLineLayer } from './route-layers';
import { sharePrograms } from './shared-programs';
import { townCircleLayer, townHaloLayer, townLabelLayers } from './town-layers';
import { workHaloLayer, workIconLayer, workLabelLayer, workLineLayer } from './work-layers';
import { corridorSpotlightLayer, zoneFillLayer, zoneLineLayer } from './zone-layers';

/**
 * Every layer of the map, bottom to top, for a context. One layer per kind of
 * geometry and source: classes differ by data-driven expressions from the
 * symbology model, not by layers. Layers drawn by one shader program then bind
 * their paint alike (shared-programs.ts), so each program is compiled once.
 */
export function buildLayers(ctx: LayerContext): LayerSpecification[] {
  return sharePrograms([
    backgroundLayer,
    neighbourFillLayer(ctx),
    zoneFillLayer(ctx),
    countyFillLayer(ctx),
    // Physical geography under the plan's own marks: lakes over the zone colours, rivers and the
    // border over the zones' edges (the border belt's edge runs along the border) and under the routes.
    lakeFillLayer(ctx),
    countyMaskLayer(ctx),
    corridorSpotlightLayer(ctx),
    countyLineLayer(ctx),
    zoneLineLayer(ctx),
    physicalLineLayer(ctx),
    routeLineLayer(ctx),
    workLineLayer(ctx),
    countySelectedLineLayer(ctx),
    townHaloLayer(ctx),
    portHaloLayer(ctx),
    parkHaloLayer(ctx),
    workHaloLayer(ctx),
    townCircleLayer(ctx),
    // Ports and parks sit at their host towns: drawn over the town symbols so they stay visible.
    parkIconLayer(ctx),
    portIconLayer(ctx),
    // Works over the towns, ports and parks they are named after (定日机场 by 协格尔镇).
    workIconLayer(ctx),
    // Placed after the plan's names (lower layers lose collisions): physical names give way.
    riverLabelLayer(ctx),
    physicalPointLayer(ctx),
    routeLabelLayer(ctx),
    workLabelLayer(ctx),
    parkLabelLayer(ctx),
    portLabelLayer(ctx),
    ...townLabelLayers(ctx),
    // Last, so area names win label collisions.
    areaLabelLayer(ctx),
  ]);
}

/** The layers a click or hover can pick a feature from, topmost first. */
export const INTERACTIVE_LAYERS = [
  'work-icon',
  'town-circle',
  'port-icon',
  'park-icon',
  'route-line',
  'work-line',
  'county-fill',
] as const;
