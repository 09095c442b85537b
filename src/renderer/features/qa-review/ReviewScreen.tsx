// A supervisor reviews one case of a QA pack, offline: the thread (auto-replies included) and
// the agents' notes beside the scorecard, a live score, comments anchored to messages. The
// draft is saved as it is typed; submitting queues the review ("por enviar" until the server
// confirms it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { commentsToSend } from '../../../shared/qa/review.ts';
import { MessageThread } from '../case/index.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { ReviewComments } from './ReviewComments.tsx';
import { ScorecardForm } from './ScorecardForm.tsx';
import { SubmitBar } from './SubmitBar.tsx';
import { useReviewDraft } from './useReviewDraft.ts';

export function ReviewScreen({ packId, caseId }: { packId: string; caseId: string }) {
  const { t } = useTranslation();
  const query = useCacheQuery(`${packId}:${caseId}`, () => api.qaReviewCase({ packId, caseId }), ['qa_review', 'case', 'message', 'outbox', 'setting', 'customer_note']);
  const draft = useReviewDraft(query.data);
  const [error, setError] = useState<string | null>(null);
  const data = query.data;
  if (!data) return query.error ? <p role="alert" className="error">{errorText(t, query.error)}</p> : null;
  const detail = data.detail;
  if (!detail) return <p className="hint" data-testid="qa-review-missing">{t('qaReview.noCase')}</p>;
  const readOnly = data.review !== null;
  const channel = detail.case.channel;
  const submit = (answers: typeof draft.answers) => {
    setError(null);
    // A comment typed and not yet added goes with the review: Enviar never drops what was typed.
    const comments = commentsToSend(draft.comments, draft.pendingComment, () => crypto.randomUUID());
    api.submitReview({ packId, caseId, answers, comments, scorecard: { id: data.scorecard.id, version: data.scorecard.version } })
      .catch((e: unknown) => setError(errorText(t, contractError(e))));
  };
  return (
    <div className="qa-review" data-testid="qa-review">
      <section className="qa-review-case" aria-label={t('qaReview.thread')}>
        <h2>{t('qaReview.title', { number: detail.case.number })}</h2>
        <dl className="qa-facts" aria-label={t('qaReview.facts')}>
          <dt>{t('qaReview.agent')}</dt><dd>{detail.assigneeName ?? detail.case.assignedTo ?? t('qaReview.none')}</dd>
          <dt>{t('qaReview.channel')}</dt><dd>{t(`channel.${channel}`)}</dd>
          <dt>{t('qaReview.reason')}</dt><dd>{detail.case.reason ? t(`resolve.reasons.${detail.case.reason}`) : t('qaReview.none')}</dd>
          <dt>{t('qaReview.resolution')}</dt><dd>{detail.case.resolution ? t(`resolve.${detail.case.resolution}`) : t('qaReview.none')}</dd>
        </dl>
        <MessageThread messages={detail.messages} channel={channel} readOnly drawAll />
        {data.notes.length > 0 ? (
          <section aria-label={t('qaReview.notes')} className="qa-notes">
            <h3>{t('qaReview.notes')}</h3>
            <ul>{data.notes.map((n) => <li key={n.id}><CustomerText text={n.authorName} />: <CustomerText text={n.text} /></li>)}</ul>
          </section>
        ) : null}
      </section>
      <div className="qa-review-form">
        <ScorecardForm scorecard={data.scorecard} channel={channel} answers={draft.answers} readOnly={readOnly} onAnswer={draft.setAnswer} />
        <ReviewComments messages={detail.messages} comments={draft.comments} readOnly={readOnly}
          pending={draft.pendingComment} onPendingChange={draft.setPendingComment} onAdd={draft.addComment} onRemove={draft.removeComment} />
        <SubmitBar scorecard={data.scorecard} channel={channel} answers={draft.answers} queue={data.queue} refusal={data.refusal} onSubmit={submit} />
        {error ? <p role="alert" className="error">{error}</p> : null}
      </div>
    </div>
  );
}
