// Week by week: one line per value (the most reviewed first), on a 0–100 axis (SVG, drawn with
// visx). Each line has its own dash and marker as well as its colour; weeks without reviews
// leave a gap rather than a fall to 0. The table beside it holds every figure.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { ReportRow } from '../../../shared/qa/report.ts';

const WIDTH = 560;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 36 };
/** More lines than this are unreadable: the table still lists every value. */
export const TREND_SERIES = 5;
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2'];

export function TrendChart({ weeks, weekText, rows, title }: { weeks: string[]; weekText: (week: string) => string; rows: ReportRow[]; title: string }) {
  const x = scalePoint({ domain: weeks, range: [0, WIDTH - MARGIN.left - MARGIN.right], padding: 0.3 });
  const y = scaleLinear({ domain: [0, 100], range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0] });
  return (
    <svg className="qa-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} data-testid="qa-trend-chart">
      <Group left={MARGIN.left} top={MARGIN.top}>
        <AxisLeft scale={y} numTicks={5} axisClassName="qa-axis" />
        <AxisBottom top={HEIGHT - MARGIN.top - MARGIN.bottom} scale={x} tickFormat={weekText} axisClassName="qa-axis" />
        {rows.slice(0, TREND_SERIES).map((row, i) => {
          const points = weeks.map((week, w) => ({ week, score: row.weeks[w]?.score ?? null }));
          return (
            <g key={row.key} className={`qa-series series-${i}`}>
              <LinePath data={points} defined={(p) => p.score !== null} x={(p) => x(p.week) ?? 0} y={(p) => y(p.score ?? 0)}
                strokeDasharray={DASHES[i]} className="qa-line" />
              {points.map((p) => (p.score === null ? null : <Marker key={p.week} shape={i} cx={x(p.week) ?? 0} cy={y(p.score)} />))}
            </g>
          );
        })}
      </Group>
    </svg>
  );
}

export function Marker({ shape, cx, cy }: { shape: number; cx: number; cy: number }) {
  const r = 4;
  switch (shape % 5) {
    case 1: return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} className="qa-marker" />;
    case 2: return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} className="qa-marker" />;
    case 3: return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} className="qa-marker" />;
    case 4: return <path d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`} className="qa-marker cross" />;
    default: return <circle cx={cx} cy={cy} r={r} className="qa-marker" />;
  }
}
