// One review as its agent (or its reviewer) reads it: the score, each criterion's answer, the
// comments with the messages they are anchored to (as text), disputes and every version.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalReason } from '../../../shared/errors.ts';
import type { ReviewWithContext } from '../../../shared/qa/review-operations.ts';
import { criteriaOf } from '../../../shared/qa/scorecard.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { answerLabel } from '../qa-review/index.ts';

/** The refusals of acknowledging, disputing and resolving, worded in the console's language. */
const REFUSED = ['review_not_found', 'not_reviewed_agent', 'review_disputed', 'unknown_criterion', 'duplicate_dispute', 'already_disputed',
  'dispute_not_found', 'already_resolved', 'not_reviewer', 'invalid_answers', 'review_too_large'] as const satisfies readonly RefusalReason[];

export function ReviewCard({ item, children }: { item: ReviewWithContext; children?: ReactNode }) {
  const { t } = useTranslation();
  const { when } = useFormatters();
  const { review } = item;
  const criteria = item.scorecard ? criteriaOf(item.scorecard) : [];
  const question = (id: string) => criteria.find((c) => c.id === id)?.question ?? id;
  const refused = item.changes.find((m) => m.status === 'conflict' || m.status === 'rejected');
  const refusedText = refused && ((REFUSED as readonly string[]).includes(refused.reason ?? '')
    ? t(`myReviews.refusedReason.${refused.reason as (typeof REFUSED)[number]}`)
    : refused.message ?? refused.reason ?? '');
  return (
    <article className="review-card" data-testid="review-card" data-review-id={review.id} aria-labelledby={`r-${review.id}`}>
      <h3 id={`r-${review.id}`}>
        {item.caseNumber === null ? t('myReviews.unknownCase') : t('myReviews.review', { number: item.caseNumber, score: review.score })}
        {' '}<span className={`review-state review-state-${review.state}`} data-testid="review-state">{t(`myReviews.state.${review.state}`)}</span>
        {review.pending || item.changes.some((m) => m.status === 'pending') ? <span className="hint"> · {t('myReviews.pending')}</span> : null}
      </h3>
      <p className="hint">{t('myReviews.reviewedBy', { reviewer: review.reviewer, when: when(review.createdAt) })}</p>
      {refusedText ? <p role="alert" className="error" data-testid="review-refused">{t('myReviews.refused', { message: refusedText })}</p> : null}
      <details>
        <summary>{t('myReviews.answers')}</summary>
        <dl className="review-answers">
          {Object.entries(review.answers).map(([id, answer]) => (
            <div key={id}><dt>{question(id)}</dt><dd>{answerLabel(t, answer)}</dd></div>
          ))}
        </dl>
      </details>
      <section aria-label={t('myReviews.comments')}>
        <h4>{t('myReviews.comments')}</h4>
        {review.comments.length === 0 ? <p className="hint">{t('myReviews.noComments')}</p> : (
          <ul className="review-comments">
            {review.comments.map((c) => {
              const anchor = c.messageId === null ? undefined : item.anchors[c.messageId];
              return <li key={c.id}>{anchor ? <CustomerText as="blockquote" text={anchor.text} /> : null}<p>{c.text}</p></li>;
            })}
          </ul>
        )}
      </section>
      {review.disputes.length > 0 ? (
        <section aria-label={t('myReviews.disputes')}>
          <h4>{t('myReviews.disputes')}</h4>
          <ul>
            {review.disputes.map((d) => (
              <li key={d.id} data-testid="review-dispute">
                {t('myReviews.disputeLine', { criterion: question(d.criterionId), reason: d.reason })}{' — '}
                {d.resolution === null ? t('myReviews.waiting') : d.resolution.decision === 'uphold'
                  ? t('myReviews.upheld', { note: d.resolution.note })
                  : t('myReviews.amended', { answer: answerLabel(t, d.resolution.answer ?? undefined), note: d.resolution.note })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {review.versions.length > 1 ? (
        <section aria-label={t('myReviews.versions')}>
          <h4>{t('myReviews.versions')}</h4>
          <ol data-testid="review-versions">
            {review.versions.map((v) => (
              <li key={v.version}>{t('myReviews.versionLine', { version: v.version, score: v.score, when: when(v.at) })}{v.note ? ` — ${v.note}` : ''}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {children}
    </article>
  );
}
