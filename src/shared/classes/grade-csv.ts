// A class's grades as CSV, with the one CSV writer of the reports (RFC 4180, CRLF, formula
// injection neutralised: a trainee's name or a customer's quoted text starting with = + - @ can
// never run in the trainer's spreadsheet). One row per trainee and rule, headings in the reader's
// language; pass is 1/0 (empty while pending), the same in every language, so a spreadsheet adds
// it up.
import { toCsv, type CsvCell } from '../qa/csv.ts';
import type { GradingRule } from './rules.ts';
import type { ClassGrade } from './wire.ts';

export const GRADE_CSV_COLUMNS = ['name', 'username', 'score', 'rule', 'pass', 'evidence', 'reference'] as const;
export type GradeCsvColumn = (typeof GRADE_CSV_COLUMNS)[number];

export interface GradeCsvLabels {
  headings: Record<GradeCsvColumn, string>;
  /** The rules' names in the reader's language; the rule's id where missing. */
  rules?: Partial<Record<GradingRule, string>>;
}

export function gradeCsv(grade: ClassGrade, labels: GradeCsvLabels): string {
  const rows: CsvCell[][] = grade.trainees.flatMap((trainee) => trainee.rules.map((r) => [
    trainee.name, trainee.username, trainee.score, labels.rules?.[r.rule] ?? r.rule, r.pass === null ? null : r.pass ? 1 : 0, r.evidence, r.reference,
  ]));
  return toCsv([GRADE_CSV_COLUMNS.map((c) => labels.headings[c]), ...rows]);
}
