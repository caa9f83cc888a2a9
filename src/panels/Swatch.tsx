import { SWATCH, swatchUrl } from '../symbology/draw-symbol';
import type { SymbolSpec } from '../symbology/symbol-spec';

/** A legend swatch, drawn by the same canvas code as the PNG legend and the map's icons. */
export function Swatch({ symbol, className = 'layer-symbol' }: { symbol: SymbolSpec; className?: string }) {
  return <img className={className} src={swatchUrl(symbol)} width={SWATCH.width} height={SWATCH.height} alt="" />;
}
