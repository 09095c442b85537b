// The period's average score per value, as horizontal bars on a 0–100 axis (SVG, drawn with
// visx). The table beside it says the same to anyone who cannot see the bars.
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { ReportRow } from '../../../shared/qa/report.ts';

const WIDTH = 520;
const LEFT = 150;
const RIGHT = 40;
const ROW = 26;

export function AverageChart({ rows, label, title }: { rows: ReportRow[]; label: (key: string) => string; title: string }) {
  const height = rows.length * ROW + 36;
  const x = scaleLinear({ domain: [0, 100], range: [0, WIDTH - LEFT - RIGHT] });
  const y = scaleBand({ domain: rows.map((r) => r.key), range: [0, rows.length * ROW], padding: 0.25 });
  return (
    <svg className="qa-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} data-testid="qa-average-chart">
      <Group left={LEFT} top={4}>
        {rows.map((row) => {
          const top = y(row.key) ?? 0;
          const width = x(row.score ?? 0);
          return (
            <g key={row.key}>
              <text x={-8} y={top + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle" className="qa-chart-label">
                {label(row.key).slice(0, 22)}
              </text>
              <Bar x={0} y={top} width={width} height={y.bandwidth()} className="qa-bar" />
              <text x={width + 4} y={top + y.bandwidth() / 2} dominantBaseline="middle" className="qa-chart-value">
                {row.score === null ? '—' : Math.round(row.score)}
              </text>
            </g>
          );
        })}
        <AxisBottom top={rows.length * ROW} scale={x} numTicks={5} axisClassName="qa-axis" />
      </Group>
    </svg>
  );
}
