// One change the server refused (conflict or rejected): why, in the server's words, and what
// the agent can do: send the reply again, copy its text, or discard it. Nothing drops silently.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationView } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Icon } from '../../ui/Icon.tsx';

/** The text of a refused reply, if this change was one. */
function replyText(mutation: MutationView): string | null {
  if (mutation.name !== 'send_reply' || typeof mutation.args !== 'object' || mutation.args === null) return null;
  const text: unknown = (mutation.args as Record<string, unknown>).text;
  return typeof text === 'string' ? text : null;
}

export function RefusedChange({ mutation }: { mutation: MutationView }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = replyText(mutation);
  const title = mutation.name === 'send_reply' || mutation.name === 'set_status' ? t(`mutations.${mutation.name}`) : t('mutations.other');
  const kind = mutation.status === 'conflict' ? t('mutations.conflict') : t('mutations.rejected');

  const act = (call: () => Promise<unknown>) => {
    setBusy(true);
    setNote(null);
    // On success main announces the change and this refused change leaves the list.
    call().catch((failure: unknown) => {
      setBusy(false);
      setNote(t('mutations.actionFailed', { message: errorText(t, contractError(failure)) }));
    });
  };
  const copy = () => {
    if (text === null) return;
    navigator.clipboard.writeText(text).then(() => setNote(t('mutations.copied')), () => setNote(t('mutations.copyFailed')));
  };

  return (
    <li className="refused" data-testid="refused-change" data-status={mutation.status} data-mutation-id={mutation.id}>
      <p className="refused-title">
        <Icon name="warning" />
        <strong>{title}</strong> <span className="refused-kind">({kind})</span>
      </p>
      <p className="refused-reason">{mutation.message ?? mutation.reason}</p>
      {text !== null ? <blockquote className="refused-text">{text}</blockquote> : null}
      <div className="button-row">
        {text !== null ? (
          <>
            <button type="button" className="button primary" disabled={busy} onClick={() => act(() => api.retryMutation({ id: mutation.id }))}>
              {t('mutations.retry')}
            </button>
            <button type="button" className="button" onClick={copy}>{t('mutations.copy')}</button>
          </>
        ) : null}
        <button type="button" className="button" disabled={busy} onClick={() => act(() => api.dismissMutation({ id: mutation.id }))}>
          {t('mutations.discard')}
        </button>
      </div>
      {note ? <p className="hint" role="status">{note}</p> : null}
    </li>
  );
}
