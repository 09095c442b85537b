// The per-case rows behind a report as CSV, the one writer of the CLI's `report --csv` and the
// page's exports: the columns, in that order, with headings in the reader's language.
// Times stay ISO (UTC) so a spreadsheet sorts them; favour is 1/0 once resolved (empty before),
// the same in every language, so a spreadsheet adds it up.
import { toCsv, type CsvCell } from '../qa/csv.ts';
import type { ReportCaseView } from './view.ts';

export const CASE_CSV_COLUMNS = [
  'case', 'number', 'channel', 'agent', 'team', 'reason', 'product', 'favour', 'opened', 'firstResponse', 'resolved',
  'messages', 'autoReplied', 'filtered', 'csat',
] as const;
export type CaseCsvColumn = (typeof CASE_CSV_COLUMNS)[number];

function cells(row: ReportCaseView): CsvCell[] {
  const favour = row.resolution === null ? null : row.resolution === 'favour' ? 1 : 0;
  return [
    row.caseId, row.number, row.channel, row.agent, row.team, row.reason, row.product, favour, row.openedAt,
    row.firstResponseAt, row.resolvedAt, row.messages, row.autoReplied, row.filtered, row.csat,
  ];
}

export function caseRowsCsv(rows: readonly ReportCaseView[], headings: Record<CaseCsvColumn, string>): string {
  return toCsv([CASE_CSV_COLUMNS.map((c) => headings[c]), ...rows.map(cells)]);
}
