// Complaints week by week (SVG, drawn with visx): a line with a marker per week; the table
// beside it holds every figure.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { WeekComplaints } from '../../../shared/reports/view.ts';

const WIDTH = 460;
const HEIGHT = 190;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 32 };

export function TrendChart({ weeks, weekText, title }: { weeks: WeekComplaints[]; weekText: (week: string) => string; title: string }) {
  const x = scalePoint({ domain: weeks.map((w) => w.week), range: [0, WIDTH - MARGIN.left - MARGIN.right], padding: 0.3 });
  const top = Math.max(1, ...weeks.map((w) => w.complaints));
  const y = scaleLinear({ domain: [0, top], range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0], nice: true });
  return (
    <svg className="reports-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} data-testid="reports-complaints-chart">
      <Group left={MARGIN.left} top={MARGIN.top}>
        <AxisLeft scale={y} numTicks={Math.min(5, top)} axisClassName="reports-axis" />
        <AxisBottom top={HEIGHT - MARGIN.top - MARGIN.bottom} scale={x} tickFormat={weekText} axisClassName="reports-axis" />
        <LinePath data={weeks} x={(w) => x(w.week) ?? 0} y={(w) => y(w.complaints)} className="reports-line" />
        {weeks.map((w) => <circle key={w.week} cx={x(w.week) ?? 0} cy={y(w.complaints)} r={3.5} className="reports-marker" />)}
      </Group>
    </svg>
  );
}
