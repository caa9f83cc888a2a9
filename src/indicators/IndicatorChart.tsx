import { fill } from '../i18n/bilingual';
import type { CellKey } from './indicator-model';

const WIDTH = 220;
const BAR = 10;
const GAP = 5;
const LABEL = 62;
const PLOT = WIDTH - LABEL - 6;

/**
 * Two bars on one scale (from zero, or from the smaller value when it is negative):
 * an actual figure filled, a target or expectation outlined. The numbers are in the
 * text beside it; the label repeats them for screen readers.
 */
export function IndicatorChart({
  pair,
  label,
  template,
}: {
  pair: { key: CellKey; value: number }[];
  label: (key: CellKey) => string;
  template: string;
}) {
  const values = pair.map((p) => p.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  if (max === min) return null;
  const x = (v: number) => LABEL + ((v - min) / (max - min)) * PLOT;
  const [a, b] = pair;
  if (!a || !b) return null;
  const height = pair.length * (BAR + GAP) + GAP;
  return (
    <svg
      className="indicator-chart"
      role="img"
      aria-label={fill(template, { a: label(a.key), av: a.value, b: label(b.key), bv: b.value })}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
    >
      {pair.map((p, i) => {
        const y = GAP + i * (BAR + GAP);
        const from = Math.min(x(0), x(p.value));
        const planned = p.key === 'target2020' || p.key === 'expected2025';
        return (
          <g key={p.key}>
            <text x={LABEL - 4} y={y + BAR - 1} textAnchor="end" className="chart-label">
              {label(p.key)}
            </text>
            <rect
              x={from}
              y={y}
              width={Math.max(1, Math.abs(x(p.value) - x(0)))}
              height={BAR}
              className={planned ? 'bar planned' : 'bar actual'}
            />
          </g>
        );
      })}
      <line x1={x(0)} x2={x(0)} y1={0} y2={height} className="chart-zero" />
    </svg>
  );
}
