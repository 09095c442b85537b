// The company's like on a customer's comment or mention in a public case (the guide: at least a
// like on public comments). Queued like any change, so it works offline; once liked it reads
// "Te gusta" with who gave it, and a message is liked only once, so pressing it again sends nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';

export function MessageLikeButton({ message, readOnly }: { message: Message; readOnly: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const { liked } = message;
  if (readOnly && liked === null) return null;
  const like = () => {
    if (liked !== null || readOnly) return;
    setError(null);
    api.likeMessage({ messageId: message.id }).catch((failure: unknown) => setError(t('messageLike.failed', { message: errorText(t, contractError(failure)) })));
  };
  const who = liked === null ? null : liked.by.you ? t('messageLike.byYou') : t('messageLike.by', { name: liked.by.name ?? liked.by.username });
  return (
    <div className="message-like" data-testid="message-like">
      {readOnly ? null : (
        <button type="button" className="button small" aria-pressed={liked !== null} data-testid="like-message" title={t('messageLike.hint')} onClick={like}>
          {liked === null ? t('messageLike.like') : t('messageLike.liked')}
        </button>
      )}
      {who === null ? null : (
        <span className="message-like-by" data-testid="message-liked-by">
          {readOnly ? `${t('messageLike.liked')} · ` : ''}{who}{liked?.pending === true ? ` · ${t('messageLike.pending')}` : ''}
        </span>
      )}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </div>
  );
}
