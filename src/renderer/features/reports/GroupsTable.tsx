// The period's figures per group (channel, agent, team or reason): cases, resolved, service
// level, first response, FCR and CSAT side by side.
import { useTranslation } from 'react-i18next';
import type { OperationReportView } from '../../../shared/reports/view.ts';
import { FIGURES, figureText } from './figures.ts';
import { groupLabel } from './labels.ts';

const COLUMNS = ['cases', 'resolved', 'serviceLevel', 'firstResponse', 'complaints', 'csatScore'] as const;

export function GroupsTable({ report, what, locale }: { report: OperationReportView; what: string; locale: string }) {
  const { t } = useTranslation();
  const groups = report.groups ?? [];
  const figures = COLUMNS.map((key) => FIGURES.find((f) => f.key === key)).filter((f) => f !== undefined);
  const title = t('reports.byTitle', { what: what.toLocaleLowerCase(locale) });
  return (
    <section className="reports-figure" aria-labelledby="reports-groups-title">
      <h3 id="reports-groups-title">{title}</h3>
      {groups.length === 0 ? <p className="hint">{t('reports.noCasesPeriod')}</p> : (
        <div className="reports-table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="reports-table" data-testid="reports-groups">
            <thead>
              <tr><th scope="col">{what}</th>{figures.map((f) => <th key={f.key} scope="col">{t(`reports.figures.${f.key}`)}</th>)}</tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key}><th scope="row">{groupLabel(t, g.key)}</th>{figures.map((f) => <td key={f.key}>{figureText(f.kind, f.value(g), locale)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
