// The period's figures per group (channel, agent, team, reason, product or typology): cases,
// resolved, service level, first response, complaints, CSAT and the likes given side by side.
import { useTranslation } from 'react-i18next';
import type { ReportPageGrouping } from '../../../shared/reports/operations.ts';
import type { OperationReportView } from '../../../shared/reports/view.ts';
import { FIGURES, figureText } from './figures.ts';
import { groupKeyLabel } from './labels.ts';

const COLUMNS = ['cases', 'resolved', 'serviceLevel', 'firstResponse', 'complaints', 'csatScore', 'likes'] as const;

interface GroupsTableProps {
  report: OperationReportView;
  by: ReportPageGrouping;
  what: string;
  locale: string;
  productLabel: (key: string) => string;
}

export function GroupsTable({ report, by, what, locale, productLabel }: GroupsTableProps) {
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
                <tr key={g.key}><th scope="row">{groupKeyLabel(t, by, g.key, productLabel)}</th>{figures.map((f) => <td key={f.key}>{figureText(f.kind, f.value(g), locale)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
