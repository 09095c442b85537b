// The optimistic effect of each mutation on the local cache. Applied when the agent acts,
// and again after every pulled page while the mutation is pending, so server data that
// predates the mutation never makes the agent's own action flicker away.
import type { Store } from '../db/store.ts';
import type { OutboxRow } from '../db/repositories/outbox.ts';
import { isMutationName, MUTATION_ARGS, type MutationArgs, type MutationName } from '../../protocol/mutations/index.ts';

export interface ReplyAuthor {
  name: string;
  username: string;
}

export const EFFECTS: { [N in MutationName]: (store: Store, args: MutationArgs<N>, author: ReplyAuthor, at: string) => void } = {
  send_reply(store, args, author, at) {
    queueReply(store, args, author, at);
  },
  set_status(store, args) {
    store.cases.setStatusLocally(args.caseId, args.status);
    // Resolving classifies the case; the resolution only means something once resolved.
    store.cases.classifyLocally(args.caseId, args.reason, args.status === 'resolved' ? args.resolution : undefined);
  },
  move_to_private(store, args, author, at) {
    if (!queueReply(store, args, author, at)) return;
    store.cases.markMovedLocally(args.caseId, args.channel);
  },
  // The engine's notice shows in the thread at once, queued. It answers nothing: the case keeps
  // waiting for an agent. The server signs it with the company's name; until then it has none.
  send_auto_reply(store, args, _author, at) {
    if (!store.cases.get(args.caseId)) return;
    store.messages.insertLocal({
      id: args.messageId, case_id: args.caseId, kind: 'auto_reply', author: '', text: args.text, sent_at: at, state: 'queued',
      auto_reply_key: args.dedupeKey,
    });
  },
  save_template(store, args, author, at) {
    store.knowledge.saveLocalTemplate({
      id: args.templateId, title: args.title, shortcut: args.shortcut, language: args.language,
      channels: args.channels && JSON.stringify(args.channels), team: null, body: args.body, updated_at: at, owner: author.username,
    });
  },
  delete_template(store, args) {
    store.knowledge.removeTemplate(args.templateId);
  },
  block_sender(store, args, author, at) {
    store.blocks.insertLocal({
      id: args.blockId, channel: args.channel, handle: args.handle, reason: args.reason, blocked_by: author.username, blocked_at: at,
    });
  },
  unblock_sender(store, args) {
    store.blocks.markUnblocking(args.blockId);
  },
  // Links and merges move cases between records on the server, which alone sees every record:
  // until it answers, the customer panel shows them pending rather than guessing the outcome.
  link_identity: noLocalEffect,
  unlink_identity: noLocalEffect,
  merge_customers: noLocalEffect,
  undo_merge: noLocalEffect,
  // Not applied here until the server takes it: the auto-reply engine reads the settings row,
  // and a refused document must never have been in force. The editor shows it pending instead.
  put_setting: noLocalEffect,
  add_customer_note(store, args, author, at) {
    store.customerNotes.insertLocal({
      id: args.noteId, customer_id: args.customerId, author: author.username, author_name: author.name, text: args.text, created_at: at,
    });
  },
};

function noLocalEffect(): void {}

/** The agent's reply, shown queued in the thread at once; false when the case is not here. */
function queueReply(store: Store, args: { caseId: string; messageId: string; text: string }, author: ReplyAuthor, at: string): boolean {
  if (!store.cases.get(args.caseId)) return false;
  store.messages.insertLocal({
    id: args.messageId,
    case_id: args.caseId,
    kind: 'reply',
    author: author.name,
    text: args.text,
    sent_at: at,
    state: 'queued',
  });
  store.cases.markAnsweredLocally(args.caseId);
  return true;
}

/** Re-applies every pending mutation on top of freshly pulled rows. Call inside the page's transaction. */
export function rebasePending(store: Store, author: ReplyAuthor): void {
  for (const row of store.outbox.pending(10_000)) replay(store, row, author);
}

function replay(store: Store, row: OutboxRow, author: ReplyAuthor): void {
  if (!isMutationName(row.name)) return;
  const parsed = MUTATION_ARGS[row.name].safeParse(JSON.parse(row.args));
  if (!parsed.success) return;
  (EFFECTS[row.name] as (s: Store, a: unknown, au: ReplyAuthor, at: string) => void)(store, parsed.data, author, row.created_at);
}
