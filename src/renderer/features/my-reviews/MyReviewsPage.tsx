// "Mis evaluaciones": an agent's own reviews, newest first. They acknowledge one, or dispute
// one criterion with a reason; both work offline, queued like any change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewWithContext } from '../../../shared/qa/review-operations.ts';
import { criteriaOf } from '../../../shared/qa/scorecard.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { MyCoachingPlan } from '../coaching/index.ts';
import { ScorecardEditor } from '../scorecard/index.ts';
import { ReviewCard } from './ReviewCard.tsx';

export function MyReviewsPage() {
  const { t } = useTranslation();
  const query = useCacheQuery('mine', () => api.myReviews({}), ['qa_review', 'outbox', 'message']);
  return (
    <section className="my-reviews" data-testid="my-reviews" aria-labelledby="my-reviews-title">
      <h2 id="my-reviews-title">{t('myReviews.title')}</h2>
      <SheetToggle />
      {query.error ? <p role="alert" className="error">{errorText(t, query.error)}</p> : null}
      {query.data?.length === 0 ? <p className="hint">{t('myReviews.empty')}</p> : null}
      {query.data?.map((item) => <ReviewCard key={item.review.id} item={item}><AgentActions item={item} /></ReviewCard>)}
      <MyCoachingPlan />
    </section>
  );
}

/** The scorecard in force, read-only for an agent (the editor shows it so to whoever cannot edit). */
function SheetToggle() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="my-sheet">
      <button type="button" className="button ghost" aria-expanded={open} aria-controls="my-sheet" data-testid="my-sheet-toggle"
        onClick={() => setOpen(!open)}>
        {open ? t('scorecard.hide') : t('scorecard.show')}
      </button>
      {open ? <div id="my-sheet"><ScorecardEditor /></div> : null}
    </div>
  );
}

function AgentActions({ item }: { item: ReviewWithContext }) {
  const { t } = useTranslation();
  const [disputing, setDisputing] = useState(false);
  const [criterion, setCriterion] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { review } = item;
  const fail = (e: unknown) => setError(errorText(t, contractError(e)));
  const open = review.disputes.filter((d) => d.resolution === null).map((d) => d.criterionId);
  const criteria = (item.scorecard ? criteriaOf(item.scorecard) : []).filter((c) => c.id in review.answers && !open.includes(c.id));
  const send = () => {
    setError(null);
    api.disputeReview({ reviewId: review.id, criterionId: criterion, reason }).then(() => {
      setDisputing(false);
      setReason('');
    }, fail);
  };
  return (
    <div className="review-actions">
      <div className="button-row">
        {review.state === 'submitted' || review.state === 'resolved' ? (
          <button type="button" className="button" onClick={() => { api.acknowledgeReview({ reviewId: review.id }).catch(fail); }}>{t('myReviews.acknowledge')}</button>
        ) : null}
        {criteria[0] && !disputing ? (
          <button type="button" className="button" onClick={() => { setCriterion(criteria[0]?.id ?? ''); setDisputing(true); }}>{t('myReviews.dispute')}</button>
        ) : null}
      </div>
      {disputing ? (
        <form className="dispute-form" onSubmit={(e) => { e.preventDefault(); send(); }}>
          <label>{t('myReviews.criterion')}
            <select value={criterion} onChange={(e) => setCriterion(e.target.value)}>
              {criteria.map((c) => <option key={c.id} value={c.id}>{c.question}</option>)}
            </select>
          </label>
          <label>{t('myReviews.reason')}
            <textarea value={reason} rows={3} maxLength={4000} required onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="submit" className="button primary" disabled={reason.trim() === ''}>{t('myReviews.sendDispute')}</button>
            <button type="button" className="button" onClick={() => setDisputing(false)}>{t('myReviews.cancel')}</button>
          </div>
        </form>
      ) : null}
      {error ? <p role="alert" className="error">{error}</p> : null}
    </div>
  );
}
