// A calibration session side by side (shared/qa/calibration.ts): per case, each reviewer's score
// and distance from the benchmark, the spread against the team's target and the agreement; per
// criterion, each reviewer's answer. A reviewer still reviewing is shown as such.
import { useTranslation } from 'react-i18next';
import { CALIBRATION_TARGET_SPREAD, calibrate } from '../../../shared/qa/calibration.ts';
import type { QaPack } from '../../../shared/qa/packs.ts';
import { useCalibrationReviews } from './useCalibrationReviews.ts';

export function CalibrationView({ pack }: { pack: QaPack }) {
  const { t } = useTranslation();
  const { reviews, criteria } = useCalibrationReviews(pack.id);
  const calibration = pack.calibration;
  if (!calibration) return null;
  const result = calibrate({ caseIds: pack.cases.map((c) => c.caseId), reviewers: calibration.reviewers, benchmark: calibration.benchmark, criteria: criteria.map((c) => c.id), reviews });
  const questions = new Map(criteria.map((c) => [c.id, c.question]));
  const numbers = new Map(pack.cases.map((c) => [c.caseId, c.number]));
  const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);
  return (
    <section className="calibration" aria-label={t('qa.calibration.title')} data-testid="qa-calibration">
      <h3>{t('qa.calibration.title')}</h3>
      <p className="hint">
        {t('qa.calibration.summary', { reviewers: calibration.reviewers.join(', '), benchmark: calibration.benchmark, target: CALIBRATION_TARGET_SPREAD })}
      </p>
      <p data-testid="qa-calibration-totals">
        {t('qa.calibration.totals', { compared: result.compared, total: result.cases.length, flagged: result.flagged })}
      </p>
      {result.cases.map((c) => (
        <table key={c.caseId} className="qa-table" data-testid="qa-calibration-case" data-flagged={c.flagged}>
          <caption>
            {t('qa.calibration.caseCaption', { number: numbers.get(c.caseId) ?? '?' })}{' '}
            {c.spread === null ? t('qa.calibration.waiting', { who: c.waiting.join(', ') })
              : t('qa.calibration.spread', { spread: c.spread, agreement: percent(c.agreement) })}
            {c.flagged ? <strong className="error"> {t('qa.calibration.flagged', { target: CALIBRATION_TARGET_SPREAD })}</strong> : null}
          </caption>
          <thead>
            <tr><th scope="col">{t('qa.calibration.criterion')}</th>{c.submitted.map((r) => <th key={r} scope="col">{r}</th>)}</tr>
          </thead>
          <tbody>
            {c.criteria.map((row) => (
              <tr key={row.criterionId} data-same={row.same}>
                <th scope="row">{questions.get(row.criterionId) ?? row.criterionId}</th>
                {row.answers.map((a) => <td key={a.reviewer}>{a.answer === null ? '—' : (typeof a.answer === 'number' ? a.answer : t(`qa.answer.${a.answer}`))}</td>)}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('qa.calibration.score')}</th>
              {c.scores.map((s) => (
                <td key={s.reviewer}>{s.score}{s.distance === null ? '' : ` (${t('qa.calibration.distance', { distance: s.distance })})`}</td>
              ))}
            </tr>
          </tbody>
        </table>
      ))}
    </section>
  );
}
