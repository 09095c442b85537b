// CSV for spreadsheets (RFC 4180): fields with a comma, a quote or a line break are quoted, quotes
// doubled, lines end in CRLF. A text cell that a spreadsheet would run as a formula (starting
// with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so an agent's or a
// team's name can never execute anything in the supervisor's spreadsheet (OWASP's CSV injection).
import type { QaReport, ReportDimension } from './report.ts';

export type CsvCell = string | number | null;

const FORMULA = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (rows: readonly (readonly CsvCell[])[]): string => rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';

/** Scores to one decimal, as the page shows them. */
const oneDecimal = (score: number | null): number | null => (score === null ? null : Math.round(score * 10) / 10);

/**
 * One dimension of the report as a table: a row per value with its reviews and average score
 * over the period, then the average of each week (empty where no review fell).
 */
export function reportCsv(report: QaReport, dimension: ReportDimension, headings: { value: string; reviews: string; score: string }): string {
  const rows = [report.total, ...report.by[dimension]];
  return toCsv([
    [headings.value, headings.reviews, headings.score, ...report.weeks],
    ...rows.map((row) => [row.key, row.reviews, oneDecimal(row.score), ...row.weeks.map((w) => oneDecimal(w.score))]),
  ]);
}
