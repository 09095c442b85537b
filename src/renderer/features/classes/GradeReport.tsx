// The grade report: per trainee the score and each rule, passed or not, with the message that
// shows it quoted and the guide's section; provisional while the class runs. CSV for the records.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADING_RULES } from '../../../shared/classes/rules.ts';
import type { ClassGrade } from '../../../shared/classes/wire.ts';
import { api } from '../../lib/bridge.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { downloadCsv } from '../qa-report/index.ts';
import { classErrorText } from './classError.ts';
import { gradeCsv, type GradeCsvLabels } from '../../../shared/classes/grade-csv.ts';
import { RuleChip, ruleState } from './RuleChip.tsx';
import { useAsk } from './useAsk.ts';

/** A file name from the class's title: letters, digits and dashes. */
const fileName = (title: string): string =>
  `clase-${title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'notas'}.csv`;

export function GradeReport({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const asked = useAsk<ClassGrade>(`grade:${classId}`, () => api.classGrade({ classId }));
  const labels = useMemo<GradeCsvLabels>(() => ({
    headings: {
      name: t('classes.grade.csv.name'), username: t('classes.grade.csv.username'), score: t('classes.grade.csv.score'), rule: t('classes.grade.csv.rule'),
      pass: t('classes.grade.csv.pass'), evidence: t('classes.grade.csv.evidence'), reference: t('classes.grade.csv.reference'),
    },
    rules: Object.fromEntries(GRADING_RULES.map((r) => [r, t(`classes.rule.${r}`)])),
  }), [t]);
  const grade = asked.data;
  return (
    <section className="class-grade" data-testid="class-grade" aria-labelledby="class-grade-title">
      <div className="class-bar">
        <h3 id="class-grade-title">{t('classes.grade.title')}</h3>
        {grade && !grade.finished ? <span className="class-provisional" data-testid="class-grade-provisional">{t('classes.grade.provisional')}</span> : null}
        <span className="header-spacer" />
        <button type="button" className="button ghost" data-testid="class-grade-refresh" onClick={asked.refresh}>{t('classes.refresh')}</button>
        <button type="button" className="button" disabled={!grade || grade.trainees.length === 0} data-testid="class-grade-csv"
          onClick={() => grade && downloadCsv(fileName(grade.title), gradeCsv(grade, labels))}>
          {t('classes.grade.csvButton')}
        </button>
      </div>
      {asked.error ? <p className="error" role="alert" data-testid="class-grade-error">{classErrorText(t, asked.error)}</p> : null}
      {asked.loading ? <p className="hint" role="status">{t('classes.grade.loading')}</p> : null}
      {grade && grade.trainees.length === 0 ? <p className="hint empty">{t('classes.board.noTrainees')}</p> : null}
      {grade?.trainees.map((trainee) => (
        <article key={trainee.username} className="class-grade-trainee" data-testid="class-grade-trainee" data-trainee={trainee.username}
          aria-labelledby={`grade-${trainee.username}`}>
          <h4 id={`grade-${trainee.username}`}>
            {trainee.name} <span className="hint class-username">{trainee.username}</span>{' '}
            <span className="class-score" data-testid="class-grade-score" data-score={trainee.score}>{t('classes.grade.score', { score: Math.round(trainee.score) })}</span>
          </h4>
          <table className="class-table class-grade-table">
            <thead>
              <tr>
                <th scope="col">{t('classes.grade.rule')}</th>
                <th scope="col">{t('classes.grade.result')}</th>
                <th scope="col">{t('classes.grade.evidence')}</th>
                <th scope="col">{t('classes.grade.reference')}</th>
              </tr>
            </thead>
            <tbody>
              {trainee.rules.map((r) => (
                <tr key={r.rule} data-testid="class-grade-rule" data-rule={r.rule} data-state={ruleState(r.pass)}>
                  <th scope="row">{t(`classes.rule.${r.rule}`)}</th>
                  <td><ul className="rule-chips"><RuleChip result={r} named={false} /></ul></td>
                  <td data-testid="class-grade-evidence">
                    {r.evidence === null ? <span className="hint">{t('classes.grade.noEvidence')}</span> : <CustomerText as="blockquote" className="class-evidence" text={r.evidence} />}
                  </td>
                  <td className="class-reference" data-testid="class-grade-reference">{r.reference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}
