// One change the server refused (conflict or rejected): why, in the server's words, and what
// the agent can do: send the reply again, copy its text, or discard it. Nothing drops silently.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalReason } from '../../../shared/errors.ts';
import type { MutationView } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Icon } from '../../ui/Icon.tsx';
import { CustomerText } from '../../ui/CustomerText.tsx';

/** The text of a refused reply (or invitation to a private channel), if this change was one. */
function replyText(mutation: MutationView): string | null {
  const carriesText = mutation.name === 'send_reply' || mutation.name === 'move_to_private';
  if (!carriesText || typeof mutation.args !== 'object' || mutation.args === null) return null;
  const text: unknown = (mutation.args as Record<string, unknown>).text;
  return typeof text === 'string' ? text : null;
}

const REFUSALS = {
  reason_required: 'resolve.refused.reason_required',
  unknown_reason: 'resolve.refused.unknown_reason',
  resolution_required: 'resolve.refused.resolution_required',
  unknown_product: 'resolve.refused.unknown_product',
  not_public: 'movePrivate.refused.not_public',
  invalid_target: 'movePrivate.refused.invalid_target',
  customer_merged: 'customerLinks.refused.customer_merged',
  already_undone: 'customerLinks.refused.already_undone',
  only_identity: 'customerLinks.refused.only_identity',
  customer_not_found: 'customerLinks.refused.customer_not_found',
  no_shared_key: 'customerLinks.refused.no_shared_key',
  link_not_validated: 'customerLinks.refused.link_not_validated',
  unknown_area: 'derivation.refused.unknown_area',
  already_derived: 'derivation.refused.already_derived',
  not_derived: 'derivation.refused.not_derived',
  not_in_area: 'derivation.refused.not_in_area',
  no_recipient: 'derivation.refused.no_recipient',
} as const satisfies { [R in RefusalReason]?: string };
/** A message's type or restore, refused: the message went back to the server's decision, said so. */
const DECISIONS = ['set_message_type', 'restore_message'];
const DECISION_REFUSALS = {
  not_in_case: 'triage.refused.not_in_case',
  not_assigned: 'triage.refused.not_assigned',
  case_not_found: 'triage.refused.case_not_found',
} as const satisfies { [R in RefusalReason]?: string };
/** A like refused: it went back to the server's like (none), said in the agent's language. */
const LIKE_REFUSALS = {
  not_in_case: 'messageLike.refused.not_in_case',
  not_assigned: 'messageLike.refused.not_assigned',
  case_not_found: 'messageLike.refused.case_not_found',
  not_public: 'messageLike.refused.not_public',
  no_likes: 'messageLike.refused.no_likes',
} as const satisfies { [R in RefusalReason]?: string };
const keyIn = <T extends object>(table: T, reason: string | null): T[keyof T] | null =>
  reason !== null && Object.hasOwn(table, reason) ? table[reason as keyof T] : null;
const refusalKey = (mutation: MutationView) =>
  (DECISIONS.includes(mutation.name) ? keyIn(DECISION_REFUSALS, mutation.reason) : null)
  ?? (mutation.name === 'react' ? keyIn(LIKE_REFUSALS, mutation.reason) : null) ?? keyIn(REFUSALS, mutation.reason);

const OWN_TITLES = [
  'send_reply', 'set_status', 'link_identity', 'unlink_identity', 'merge_customers', 'undo_merge', 'set_message_type', 'restore_message',
  'derive_case', 'answer_derivation', 'react',
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
  // Refusals of a classification or a move have a sentence of their own in the agent's language.
  const known = refusalKey(mutation);
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
