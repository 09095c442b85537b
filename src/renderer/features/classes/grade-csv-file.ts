// The grade report as CSV: one row per trainee and rule (name, username, score, rule, result,
// evidence, the guide's reference), through the project's CSV writer (RFC 4180, formula-safe).
// The one place the page builds it: shared/classes/grade-csv.ts's gradeCsv takes its place here.
import type { GradingRule } from '../../../shared/classes/rules.ts';
import type { ClassGrade } from '../../../shared/classes/wire.ts';
import { toCsv } from '../../../shared/qa/csv.ts';

export interface GradeCsvLabels {
  headings: { name: string; username: string; score: string; rule: string; pass: string; evidence: string; reference: string };
  rules: Record<GradingRule, string>;
  pass: { passed: string; failed: string; pending: string };
}

export function classGradeCsv(grade: ClassGrade, labels: GradeCsvLabels): string {
  const h = labels.headings;
  const result = (pass: boolean | null) => (pass === null ? labels.pass.pending : pass ? labels.pass.passed : labels.pass.failed);
  return toCsv([
    [h.name, h.username, h.score, h.rule, h.pass, h.evidence, h.reference],
    ...grade.trainees.flatMap((trainee) => trainee.rules.map((r) => [
      trainee.name, trainee.username, Math.round(trainee.score), labels.rules[r.rule], result(r.pass), r.evidence, r.reference,
    ])),
  ]);
}
