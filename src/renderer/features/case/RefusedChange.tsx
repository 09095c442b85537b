// One change the server refused (conflict or rejected): why, in the server's words, and what
// the agent can do: send the reply again, copy its text, or discard it. Nothing drops silently.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationView } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Icon } from '../../ui/Icon.tsx';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { refusalKey } from '../../lib/refusals.ts';

/** The text of a refused reply (or invitation to a private channel), if this change was one. */
function replyText(mutation: MutationView): string | null {
  const carriesText = mutation.name === 'send_reply' || mutation.name === 'move_to_private';
  if (!carriesText || typeof mutation.args !== 'object' || mutation.args === null) return null;
  const text: unknown = (mutation.args as Record<string, unknown>).text;
  return typeof text === 'string' ? text : null;
}

const OWN_TITLES = [
  'send_reply', 'set_status', 'link_identity', 'unlink_identity', 'merge_customers', 'undo_merge', 'set_message_type', 'restore_message',
  'derive_case', 'answer_derivation', 'reassign_case', 'react',
] as const;
type OwnTitle = (typeof OWN_TITLES)[number];
const hasOwnTitle = (name: string): name is OwnTitle => (OWN_TITLES as readonly string[]).includes(name);

export function RefusedChange({ mutation }: { mutation: MutationView }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = replyText(mutation);
  const title = hasOwnTitle(mutation.name) ? t(`mutations.${mutation.name}`)
    : mutation.name === 'move_to_private' ? t('movePrivate.mutationTitle') : t('mutations.other');
  // Known refusals have a sentence of their own in the agent's language, worded for this change.
  const known = refusalKey(mutation.name, mutation.reason);
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
      <p className="refused-reason">{known ? t(known) : mutation.message ?? mutation.reason}</p>
      {text !== null ? <CustomerText as="blockquote" className="refused-text" text={text} /> : null}
      <div className="button-row">
        {text !== null && mutation.name === 'send_reply' ? (
          <button type="button" className="button primary" disabled={busy} onClick={() => act(() => api.retryMutation({ id: mutation.id }))}>
            {t('mutations.retry')}
          </button>
        ) : null}
        {text !== null ? <button type="button" className="button" onClick={copy}>{t('mutations.copy')}</button> : null}
        <button type="button" className="button" disabled={busy} onClick={() => act(() => api.dismissMutation({ id: mutation.id }))}>
          {t('mutations.discard')}
        </button>
      </div>
      {note ? <p className="hint" role="status">{note}</p> : null}
    </li>
  );
}
