// Replies: sending one, a refused one sent again or dismissed, and the draft kept per case.
import { CodedError } from '../../shared/errors.ts';
import type { ConsoleController } from '../console/controller.ts';
import { readMutation } from '../db/repositories/outbox-mutation.ts';
import type { Handlers } from './handlers.ts';
import { queuedOut } from './queued.ts';

type ReplyHandlers = Pick<Handlers, 'sendReply' | 'retryMutation' | 'dismissMutation' | 'getDraft' | 'saveDraft'>;

export function replyHandlers(controller: ConsoleController): ReplyHandlers {
  const store = () => controller.current.store;
  const now = () => new Date().toISOString();
  /** Hides a refused change and drops its unconfirmed message; false if it was not refused and shown. */
  const dismissRefused = (id: string): boolean => {
    const refused = store().outbox.find(id);
    if (!store().outbox.dismiss(id, now())) return false;
    // The row as stored, even one whose args no longer parse: its message leaves the thread.
    const args: unknown = refused?.args;
    const messageId = typeof args === 'object' && args !== null && 'messageId' in args ? args.messageId : null;
    if (typeof messageId === 'string') store().messages.removeLocal(messageId);
    return true;
  };
  return {
    sendReply: ({ caseId, text, templates, articles }) => {
      const queued = controller.current.commands.sendReply(caseId, text, { templates, articles });
      if (store().local.dropDraft(caseId)) controller.announce(['draft']);
      return queuedOut(queued);
    },
    retryMutation: ({ id }) => {
      const refused = store().outbox.find(id);
      const mutation = refused ? readMutation(refused.name, refused.args) : null;
      if (mutation?.name !== 'send_reply') throw notRefused();
      const { caseId, text } = mutation.args;
      // One step: the refused copy leaves the thread and the new reply is queued, or neither.
      return store().transaction(() => {
        if (!dismissRefused(id)) throw notRefused();
        return queuedOut(controller.current.commands.sendReply(caseId, text));
      });
    },
    dismissMutation: ({ id }) => {
      store().transaction(() => dismissRefused(id));
      controller.announce(['outbox', 'message']);
      return null;
    },
    getDraft: ({ caseId }) => store().local.draft(caseId),
    saveDraft: ({ caseId, text, templates = [], articles = [], holes = [] }) => {
      if (store().local.saveDraft(caseId, { text, templates, articles, holes }, now())) controller.announce(['draft']);
      return null;
    },
  };
}

const notRefused = () => new CodedError('not_refused', 'Only a refused reply, not yet dealt with, can be sent again');
