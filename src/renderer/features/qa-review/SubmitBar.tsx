// The live score with its breakdown, where the review stands (draft, to send, submitted), the
// server's refusal in words, and submitting: with criteria left unanswered, a confirmation says
// which, and offers N/A for them when every one allows it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalReason } from '../../../shared/errors.ts';
import type { MutationView } from '../../../shared/models.ts';
import type { ReviewQueueState } from '../../../shared/qa/review-operations.ts';
import { score } from '../../../shared/qa/score.ts';
import { criteriaOf, type Answers, type Scorecard } from '../../../shared/qa/scorecard.ts';
import { Dialog } from '../../ui/Dialog.tsx';

const REFUSALS = ['not_supervisor', 'pack_not_found', 'not_pack_reviewer', 'case_not_in_pack', 'already_reviewed', 'duplicate_review',
  'unknown_scorecard', 'invalid_answers', 'not_in_case'] as const satisfies readonly RefusalReason[];

interface Props {
  scorecard: Scorecard;
  channel: string;
  answers: Answers;
  queue: ReviewQueueState;
  refusal: MutationView | null;
  onSubmit: (answers: Answers) => void;
}

export function SubmitBar({ scorecard, channel, answers, queue, refusal, onSubmit }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const live = score(scorecard, answers, channel);
  const criteria = new Map(criteriaOf(scorecard).map((c) => [c.id, c]));
  const missing = live.unanswered.map((id) => criteria.get(id)).filter((c) => c !== undefined);
  const naAllowed = missing.every((c) => c.na);
  const done = queue === 'queued' || queue === 'submitted';
  const submit = () => (missing.length > 0 ? setConfirming(true) : onSubmit(answers));
  const refusalText = refusal && (REFUSALS as readonly string[]).includes(refusal.reason ?? '')
    ? t(`qaReview.refused.${refusal.reason as (typeof REFUSALS)[number]}`, { message: refusal.message ?? '' })
    : refusal && t('qaReview.refused.other', { message: refusal.message ?? refusal.reason ?? '' });
  return (
    <section className="qa-submit" aria-label={t('qaReview.score')}>
      <p className="qa-score" data-testid="qa-score" aria-live="polite">
        <strong>{t('qaReview.score')}: {live.score}</strong>{' '}
        <span className="hint">{t('qaReview.breakdown', {
          standard: live.standard === null ? '—' : Math.round(live.standard * 100) / 100, bonus: Math.round(live.bonus * 100) / 100, unanswered: live.unanswered.length,
        })}</span>
      </p>
      {live.autoFailed ? <p className="error" data-testid="qa-autofail">{t('qaReview.autoFailed')}</p> : null}
      <p data-testid="qa-state" className={`qa-state qa-state-${queue}`}>{t(`qaReview.state.${queue}`)}</p>
      {refusalText ? (
        <div role="alert" className="qa-refusal" data-testid="qa-refusal">
          <strong>{t('qaReview.refused.title')}</strong> <span>{refusalText}</span> <span className="hint">{t('qaReview.refused.kept')}</span>
        </div>
      ) : null}
      {done ? null : <button type="button" className="button primary" onClick={submit} data-testid="qa-submit">{t('qaReview.submit')}</button>}
      <Dialog open={confirming} title={t('qaReview.incompleteTitle')} onClose={() => setConfirming(false)} testId="qa-incomplete">
        <p>{t('qaReview.incomplete', { count: missing.length, list: missing.map((c) => c.question).join(' · ') })}</p>
        {naAllowed ? null : <p className="hint">{t('qaReview.needAnswers')}</p>}
        <div className="button-row">
          {naAllowed ? (
            <button type="button" className="button primary" onClick={() => {
              setConfirming(false);
              onSubmit({ ...answers, ...Object.fromEntries(missing.map((c) => [c.id, 'na' as const])) });
            }}>{t('qaReview.fillNa')}</button>
          ) : null}
          <button type="button" className="button" onClick={() => setConfirming(false)}>{t('qaReview.keepReviewing')}</button>
        </div>
      </Dialog>
    </section>
  );
}
