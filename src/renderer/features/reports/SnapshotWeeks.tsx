// Offline, the snapshot's last 8 weeks one by one: what a supervisor can still compare without
// the network.
import { useTranslation } from 'react-i18next';
import type { ReportSnapshotsView } from '../../../shared/reports/view.ts';
import { weekLabel } from '../qa-report/index.ts';
import { FIGURES, figureText } from './figures.ts';

const COLUMNS = ['cases', 'serviceLevel', 'firstResponse', 'complaints', 'csatScore'] as const;

export function SnapshotWeeks({ snapshots, locale }: { snapshots: ReportSnapshotsView; locale: string }) {
  const { t } = useTranslation();
  const figures = COLUMNS.map((key) => FIGURES.find((f) => f.key === key)).filter((f) => f !== undefined);
  const title = t('reports.snapshotWeeks');
  return (
    <section className="reports-figure" aria-labelledby="reports-weeks-title">
      <h3 id="reports-weeks-title">{title}</h3>
      <div className="reports-table-scroll" tabIndex={0} role="region" aria-label={title}>
        <table className="reports-table" data-testid="reports-snapshot-weeks">
          <thead>
            <tr><th scope="col">{t('reports.weekOf')}</th>{figures.map((f) => <th key={f.key} scope="col">{t(`reports.figures.${f.key}`)}</th>)}</tr>
          </thead>
          <tbody>
            {snapshots.weeks.map((w) => (
              <tr key={w.from}>
                <th scope="row">{weekLabel(locale, w.from.slice(0, 10))}</th>
                {figures.map((f) => <td key={f.key}>{figureText(f.kind, f.value(w), locale)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
