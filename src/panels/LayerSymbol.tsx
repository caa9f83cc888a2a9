import type { FilterDimension } from '../filter/filter-model';
import { PARK_COLOURS } from '../map/icons';
import { ROUTE_COLOURS } from '../map/layers/route-layers';
import { TIER_COLOURS } from '../map/layers/town-layers';
import { ZONE_COLOURS } from '../map/palette';

const PORT = '#123e6b';

/** The small picture of a filter option: the same colours and shapes the map uses. */
export function LayerSymbol({ dimension, value }: { dimension: FilterDimension; value: string }) {
  let shape: React.ReactNode = null;
  if (dimension === 'zones') {
    const colour = ZONE_COLOURS[value as keyof typeof ZONE_COLOURS];
    shape =
      value === 'corridor' ? (
        <rect
          x="1"
          y="4"
          width="18"
          height="10"
          fill={colour}
          fillOpacity="0.4"
          stroke="#b35f0c"
          strokeDasharray="3 2"
        />
      ) : (
        <rect x="1" y="3" width="18" height="12" rx="2" fill={colour} fillOpacity="0.75" />
      );
  } else if (dimension === 'tiers') {
    const r = { 'central-city': 7, 'key-node': 6, node: 4.5, 'key-township': 3.5 }[value] ?? 4;
    shape = <circle cx="10" cy="9" r={r} fill={TIER_COLOURS[value as keyof typeof TIER_COLOURS]} stroke="#1d2733" />;
  } else if (dimension === 'portStatus') {
    shape = (
      <>
        <rect x="4" y="3" width="12" height="12" fill="#fff" stroke={PORT} strokeWidth="2" />
        {value !== 'study' && <rect x="4" y="3" width={value === 'set-up' ? 6 : 12} height="12" fill={PORT} />}
      </>
    );
  } else if (dimension === 'parkCategory') {
    shape = <polygon points="16,9 13,14.2 7,14.2 4,9 7,3.8 13,3.8" fill={PARK_COLOURS[value] ?? '#555'} />;
  } else if (dimension === 'routeType') {
    const colour = value === 'tourism' ? ROUTE_COLOURS['route-everest'] : ROUTE_COLOURS['route-cross-border-loop'];
    shape = <line x1="1" y1="9" x2="19" y2="9" stroke={colour} strokeWidth="3" strokeDasharray="5 3" />;
  }
  if (!shape) return null;
  return (
    <svg className="layer-symbol" width="20" height="18" viewBox="0 0 20 18" aria-hidden="true">
      {shape}
    </svg>
  );
}
