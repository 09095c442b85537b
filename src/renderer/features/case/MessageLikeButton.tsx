// The company's like on a customer's comment or mention in a public case (the guide: at least a
// like on public comments). Queued like any change, so it works offline. A message is liked only
// once, so once liked there is nothing to press: the button gives way to a status saying who gave
// it (and that it waits to be sent), which takes the focus the button had.
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type { Message } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';

/** `when`: the message's time as the thread shows it, so each button names its own comment; `t`: the thread's. */
export function MessageLikeButton({ message, when, t, readOnly }: { message: Message; when: string; t: TFunction; readOnly: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [gave, setGave] = useState(false);
  const status = useRef<HTMLSpanElement>(null);
  const { liked } = message;
  useEffect(() => {
    if (gave && liked !== null) status.current?.focus();
  }, [gave, liked]);
  if (readOnly && liked === null) return null;
  const like = () => {
    setError(null);
    setGave(true);
    api.likeMessage({ messageId: message.id }).catch((failure: unknown) => setError(t('messageLike.failed', { message: errorText(t, contractError(failure)) })));
  };
  const who = liked === null ? null : liked.by.you ? t('messageLike.byYou') : t('messageLike.by', { name: liked.by.name ?? liked.by.username });
  return (
    <div className="message-like" data-testid="message-like">
      {liked === null ? (
        <button type="button" className="button small" data-testid="like-message" title={t('messageLike.hint')} onClick={like}
          aria-label={t('messageLike.likeOf', { author: message.author, when })}>
          {t('messageLike.like')}
        </button>
      ) : (
        <span className="message-like-by" data-testid="message-liked-by" ref={status} tabIndex={-1}>
          {t('messageLike.liked')} · {who}{liked.pending ? ` · ${t('messageLike.pending')}` : ''}
        </span>
      )}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </div>
  );
}
