// The reply box: multi-line, signed with the agent's name, a character counter against the
// channel's limit (over the limit blocks sending and says why), Ctrl/Cmd+Enter to send.
import { useState, type SubmitEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { Channel } from '../../../shared/domain.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { shortcutFor } from '../../lib/shortcuts.ts';
import { Icon } from '../../ui/Icon.tsx';
import { replyLength } from './replyLength.ts';
import { useDraft } from './useDraft.ts';

export const COMPOSER_ID = 'reply-box';

interface ComposerProps {
  caseId: string;
  channel: Channel;
  agentName: string;
}

export function Composer({ caseId, channel, agentName }: ComposerProps) {
  const { t } = useTranslation();
  const { text, loaded, setText, clear, hold } = useDraft(caseId);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { maxLength: max, visibility } = CHANNEL_INFO[channel];
  const count = replyLength(text);
  const over = count - max;
  const canSend = loaded && !sending && text.trim() !== '' && over <= 0;

  const send = (event?: SubmitEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    setSending(true);
    setError(null);
    hold();
    api.sendReply({ caseId, text }).then(
      () => {
        clear();
        setSending(false);
      },
      (failure: unknown) => {
        setSending(false);
        setText(text); // not sent: keep it as the draft
        setError(t('composer.sendFailed', { message: errorText(t, contractError(failure)) }));
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const { key, ctrlKey, metaKey, altKey } = event;
    if (shortcutFor({ key, ctrlKey, metaKey, altKey, typing: true }) !== 'send') return;
    event.preventDefault();
    send();
  };

  return (
    <form className="composer" onSubmit={send} data-testid="composer">
      <div className="composer-head">
        <label htmlFor={COMPOSER_ID}>{t('composer.label')}</label>
        <span className="signed-as" data-testid="signed-as">{t('composer.signedAs', { name: agentName })}</span>
        {visibility === 'public' ? (
          <span className="visibility visibility-public"><Icon name="globe" />{t('composer.publicWarning')}</span>
        ) : null}
      </div>
      <textarea id={COMPOSER_ID} className="reply-box" data-testid="reply-box" rows={4} value={text}
        readOnly={!loaded || sending} aria-invalid={over > 0} aria-describedby="composer-counter composer-over composer-hint"
        aria-keyshortcuts="Control+Enter Meta+Enter" onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
      <div className="composer-foot">
        <span id="composer-counter" className={over > 0 ? 'counter over' : 'counter'} data-testid="char-counter">
          {t('composer.counter', { count, max })}
        </span>
        <span id="composer-hint" className="hint">{t('composer.hint')}</span>
        <button type="submit" className="button primary" data-testid="send-reply" disabled={!canSend}>{t('composer.send')}</button>
      </div>
      <p id="composer-over" className="error" role="alert" data-testid="over-limit">
        {over > 0 ? t('composer.over', { channel: t(`channel.${channel}`), over, max }) : null}
      </p>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </form>
  );
}

/** Puts the cursor in the reply box (the `r` shortcut). False when no case is open. */
export function focusComposer(): boolean {
  const box = document.getElementById(COMPOSER_ID);
  if (!box) return false;
  box.focus();
  return true;
}
