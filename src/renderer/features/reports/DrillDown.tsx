// The cases behind a figure: one row each (number, channel, agent, reason, opened, first
// response, resolved, CSAT), opened in the inbox when this computer holds the case, and out as CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCaseView } from '../../../shared/reports/view.ts';
import { api } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import type { ContractError } from '../../../shared/contract.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import type { MessageColumn } from './figures.ts';
import { groupLabel } from './labels.ts';

interface DrillDownProps {
  title: string;
  /** A count of messages: each case's share of it, beside the case. */
  column?: MessageColumn | undefined;
  /** What the rows leave out (a like on a listening post has no case). */
  note?: string | undefined;
  rows: ReportCaseView[] | undefined;
  error: ContractError | null;
  onOpenCase: (caseId: string) => void;
  onExport: (rows: ReportCaseView[]) => void;
  onClose: () => void;
}

export function DrillDown({ title, column, note, rows, error, onOpenCase, onExport, onClose }: DrillDownProps) {
  const { t } = useTranslation();
  const { when } = useFormatters();
  const [notice, setNotice] = useState<string | null>(null);
  const at = (iso: string | null) => (iso === null ? '—' : when(iso));
  const open = (caseId: string) => {
    setNotice(null);
    api.getCase({ caseId }).then(
      (found) => (found ? onOpenCase(caseId) : setNotice(t('reports.notCached'))),
      () => setNotice(t('reports.notCached')),
    );
  };
  return (
    <section className="reports-drill" aria-labelledby="reports-drill-title" data-testid="reports-drill">
      <div className="reports-drill-head">
        <h3 id="reports-drill-title">{t('reports.drillTitle', { figure: title })}</h3>
        {rows && rows.length > 0 ? (
          <button type="button" className="button" data-testid="reports-drill-csv" onClick={() => onExport(rows)}>{t('reports.csvRows')}</button>
        ) : null}
        <button type="button" className="button ghost" onClick={onClose}>{t('reports.closeDrill')}</button>
      </div>
      {note ? <p className="hint" data-testid="reports-drill-note">{note}</p> : null}
      {error ? <p className="error" role="alert">{errorText(t, error)}</p> : null}
      {notice ? <p className="hint" role="status">{notice}</p> : null}
      {!rows && !error ? <p className="hint" role="status">{t('reports.loading')}</p> : null}
      {rows && rows.length === 0 ? <p className="hint" data-testid="reports-drill-empty">{t('reports.noCases')}</p> : null}
      {rows && rows.length > 0 ? (
        <div className="reports-table-scroll" tabIndex={0} role="region" aria-label={t('reports.drillTitle', { figure: title })}>
          <table className="reports-table" data-testid="reports-drill-rows">
            <thead>
              <tr>
                {(['number', 'channel', 'agent', 'reason', 'opened', 'firstResponse', 'resolved', 'csat'] as const).map((c) => (
                  <th key={c} scope="col">{t(`reports.columns.${c}`)}</th>
                ))}
                {column ? <th scope="col">{t(`reports.figures.${column}`)}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                // A case derived twice is listed twice behind `derived`.
                <tr key={`${row.caseId}-${i}`} data-case-id={row.caseId}>
                  <th scope="row">
                    <button type="button" className="button link" onClick={() => open(row.caseId)} aria-label={t('reports.openCase', { number: row.number })}>
                      #{row.number}
                    </button>
                  </th>
                  <td>{groupLabel(t, row.channel)}</td>
                  <td>{row.agent ?? '—'}</td>
                  <td>{row.reason ? groupLabel(t, row.reason) : '—'}</td>
                  <td>{at(row.openedAt)}</td>
                  <td>{at(row.firstResponseAt)}</td>
                  <td>{at(row.resolvedAt)}</td>
                  <td>{row.csat ?? '—'}</td>
                  {column ? <td data-testid="drill-count">{row[column]}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
