// Horizontal bars, one per row (SVG, drawn with visx): service level per channel, contact
// reasons, CSAT. The table beside each chart says the same to anyone who cannot see the bars.
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';

export interface BarRow { key: string; label: string; value: number | null; text: string }

const WIDTH = 460;
const LEFT = 140;
const RIGHT = 48;
const ROW = 24;

export function BarChart({ rows, max, title, testId }: { rows: BarRow[]; max: number; title: string; testId: string }) {
  const height = rows.length * ROW + 30;
  const x = scaleLinear({ domain: [0, max > 0 ? max : 1], range: [0, WIDTH - LEFT - RIGHT] });
  const y = scaleBand({ domain: rows.map((r) => r.key), range: [0, rows.length * ROW], padding: 0.25 });
  return (
    <svg className="reports-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} data-testid={testId}>
      <Group left={LEFT} top={4}>
        {rows.map((row) => {
          const top = y(row.key) ?? 0;
          const width = x(row.value ?? 0);
          return (
            <g key={row.key}>
              <text x={-8} y={top + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle">{row.label.slice(0, 22)}</text>
              <Bar x={0} y={top} width={width} height={y.bandwidth()} className="reports-bar" />
              <text x={width + 4} y={top + y.bandwidth() / 2} dominantBaseline="middle">{row.text}</text>
            </g>
          );
        })}
        <AxisBottom top={rows.length * ROW} scale={x} numTicks={4} axisClassName="reports-axis"
          tickFormat={(v) => (max === 1 ? `${Math.round(Number(v) * 100)}%` : String(v))} />
      </Group>
    </svg>
  );
}
