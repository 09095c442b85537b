// Comments on the review, each anchored to one message of the thread (or the whole case):
// pick the message, write, add. Messages are named by their author and opening words, as text.
// What is being typed lives in the draft (saved as typed), not here.
import { useTranslation } from 'react-i18next';
import { isolateBidi } from '../../../shared/bidi.ts';
import type { Message } from '../../../shared/models.ts';
import { QA_COMMENT_MAX, type QaPendingComment, type QaReviewComment } from '../../../shared/qa/review.ts';
import { CustomerText, SentenceWith } from '../../ui/CustomerText.tsx';

const opening = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

interface Props {
  messages: readonly Message[];
  comments: QaReviewComment[];
  readOnly: boolean;
  pending: QaPendingComment;
  onPendingChange: (pending: QaPendingComment) => void;
  onAdd: (comment: QaReviewComment) => void;
  onRemove: (id: string) => void;
}

export function ReviewComments({ messages, comments, readOnly, pending, onPendingChange, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  const { text } = pending;
  const anchor = pending.messageId ?? '';
  const byId = new Map(messages.map((m) => [m.id, m]));
  const add = () => {
    if (text.trim() === '') return;
    onAdd({ id: crypto.randomUUID(), messageId: pending.messageId, criterionId: null, text: text.trim() });
  };
  return (
    <section className="qa-comments" aria-label={t('qaReview.comments')}>
      <h3>{t('qaReview.comments')}</h3>
      <ul data-testid="qa-comments">
        {comments.map((c) => {
          const message = c.messageId === null ? undefined : byId.get(c.messageId);
          return (
            <li key={c.id} data-testid="qa-comment">
              <span className="hint">{message ? <SentenceWith sentence={(slot) => t('qaReview.onMessage', { author: slot })} text={message.author} /> : t('qaReview.wholeCase')}</span>
              {message ? <CustomerText as="blockquote" text={opening(message.text)} /> : null}
              <p>{c.text}</p>
              {readOnly ? null : <button type="button" className="button link" onClick={() => onRemove(c.id)}>{t('qaReview.removeComment')}</button>}
            </li>
          );
        })}
      </ul>
      {readOnly ? null : (
        <div className="qa-comment-form">
          <label>
            {t('qaReview.commentOn')}
            <select value={anchor} onChange={(e) => onPendingChange({ text, messageId: e.target.value === '' ? null : e.target.value })} data-testid="qa-comment-anchor">
              <option value="">{t('qaReview.wholeCase')}</option>
              {messages.map((m) => <option key={m.id} value={m.id}>{`${isolateBidi(m.author)}: ${isolateBidi(opening(m.text))}`}</option>)}
            </select>
          </label>
          <label>
            {t('qaReview.commentText')}
            <textarea value={text} rows={2} maxLength={QA_COMMENT_MAX} onChange={(e) => onPendingChange({ messageId: pending.messageId, text: e.target.value })} data-testid="qa-comment-text" />
          </label>
          <button type="button" className="button" onClick={add} disabled={text.trim() === ''}>{t('qaReview.addComment')}</button>
        </div>
      )}
    </section>
  );
}
