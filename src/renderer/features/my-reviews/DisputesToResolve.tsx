// A supervisor's disputes waiting: each with the agent's reason, upheld or amended (a new
// answer on the criterion's scale) with a note; every version stays visible on the card.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaDispute } from '../../../shared/qa/review.ts';
import type { ReviewWithContext } from '../../../shared/qa/review-operations.ts';
import { criteriaOf, type Answer } from '../../../shared/qa/scorecard.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { answerLabel, choicesOf } from '../qa-review/index.ts';
import { ReviewCard } from './ReviewCard.tsx';

export function DisputesToResolve() {
  const { t } = useTranslation();
  const query = useCacheQuery('to-resolve', () => api.reviewsToResolve({}), ['qa_review', 'outbox']);
  return (
    <section className="my-reviews" data-testid="disputes-to-resolve" aria-labelledby="to-resolve-title">
      <h2 id="to-resolve-title">{t('myReviews.toResolve')}</h2>
      {query.error ? <p role="alert" className="error">{errorText(t, query.error)}</p> : null}
      {query.data?.length === 0 ? <p className="hint">{t('myReviews.noneToResolve')}</p> : null}
      {query.data?.map((item) => (
        <ReviewCard key={item.review.id} item={item}>
          {item.review.disputes.filter((d) => d.resolution === null).map((d) => <Resolve key={d.id} item={item} dispute={d} />)}
        </ReviewCard>
      ))}
    </section>
  );
}

function Resolve({ item, dispute }: { item: ReviewWithContext; dispute: QaDispute }) {
  const { t } = useTranslation();
  const criterion = item.scorecard ? criteriaOf(item.scorecard).find((c) => c.id === dispute.criterionId) : undefined;
  const scale: Answer[] = criterion ? choicesOf(criterion) : [];
  const [answer, setAnswer] = useState<string>(String(scale[0] ?? ''));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const resolve = (decision: 'uphold' | 'amend') => {
    setError(null);
    const chosen = scale.find((a) => String(a) === answer);
    api.resolveDispute({ reviewId: item.review.id, disputeId: dispute.id, decision, note, ...(decision === 'amend' && chosen !== undefined ? { answer: chosen } : {}) })
      .catch((e: unknown) => setError(errorText(t, contractError(e))));
  };
  return (
    <form className="dispute-form" data-testid="resolve-dispute" onSubmit={(e) => e.preventDefault()}>
      <label>{t('myReviews.newAnswer')}
        <select value={answer} onChange={(e) => setAnswer(e.target.value)}>
          {scale.map((a) => <option key={String(a)} value={String(a)}>{answerLabel(t, a)}</option>)}
        </select>
      </label>
      <label>{t('myReviews.note')}
        <textarea value={note} rows={2} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="button" className="button" disabled={note.trim() === ''} onClick={() => resolve('uphold')}>{t('myReviews.uphold')}</button>
        <button type="button" className="button primary" disabled={note.trim() === '' || scale.length === 0} onClick={() => resolve('amend')}>{t('myReviews.amend')}</button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </form>
  );
}
