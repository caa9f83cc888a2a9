import { useLayoutEffect, useRef } from 'react';
import { drawSwatch, SWATCH } from '../symbology/draw-symbol';
import type { SymbolSpec } from '../symbology/symbol-spec';

const SCALE = 2;

/**
 * A legend swatch, drawn by the same canvas code as the PNG legend and the map's icons, at 2× into
 * its own canvas (an image would need each swatch encoded as a PNG first: a tenth of the first render).
 * A canvas with no content of its own says nothing to a screen reader, as the empty `alt` did.
 */
export function Swatch({ symbol, className = 'layer-symbol' }: { symbol: SymbolSpec; className?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(symbol);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the symbol's value; the object may be new each render.
  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(SCALE, 0, 0, SCALE, 0, 0);
    ctx.clearRect(0, 0, SWATCH.width, SWATCH.height);
    drawSwatch(ctx, symbol, 0, 0);
  }, [key]);
  return (
    <canvas
      ref={canvas}
      className={`swatch ${className}`}
      width={SWATCH.width * SCALE}
      height={SWATCH.height * SCALE}
    />
  );
}
