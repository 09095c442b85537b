// A row whose args no longer parse (damaged, or written by an older console) has no module that
// can read it. Its effect was applied when it was queued all the same, so it settles like any
// other through what its args still name: the reply it carried shows as sent or not sent, its
// note as refused, and a refusal puts the case, block or template it changed back to the
// server's values, as its module would have.
import { z } from 'zod';
import { ADD_CUSTOMER_NOTE } from '../../../protocol/mutations/add-customer-note.ts';
import { MOVE_TO_PRIVATE } from '../../../protocol/mutations/move-to-private.ts';
import { SEND_AUTO_REPLY } from '../../../protocol/mutations/send-auto-reply.ts';
import { SEND_REPLY } from '../../../protocol/mutations/send-reply.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { Store } from '../../db/store.ts';
import { undoBlockChange } from './block-sender.ts';
import type { Settled } from './index.ts';
import { isRefusal, type Ending, type SettleContext } from './module.ts';
import { settleAutoReply } from './send-auto-reply.ts';
import { settleReply } from './thread.ts';

const name = z.string().optional().catch(undefined);
const Named = z.object({ caseId: name, blockId: name, templateId: name, messageId: name, noteId: name }).catch({});

export function settleUnreadable(store: Store, stored: { name: string; args: unknown }, ending: Ending, ctx: SettleContext): Settled {
  const { caseId, blockId, templateId, messageId, noteId } = Named.parse(stored.args);
  const announces: EntityName[] = [];
  if (messageId !== undefined && stored.name === SEND_AUTO_REPLY) settleAutoReply(store, messageId, ending, ctx);
  if (messageId !== undefined && (stored.name === SEND_REPLY || stored.name === MOVE_TO_PRIVATE)) settleReply(store, { messageId }, ending);
  if (noteId !== undefined && stored.name === ADD_CUSTOMER_NOTE && isRefusal(ending)) {
    store.customerNotes.markRefused(noteId);
    announces.push('customer_note');
  }
  if (!isRefusal(ending)) return { cases: [], undone: false, announces };
  const cases = [...(caseId === undefined ? [] : [caseId]), ...(blockId === undefined ? [] : undoBlockChange(store, blockId))];
  if (blockId !== undefined) announces.push('blocked_sender', 'case');
  if (templateId !== undefined) {
    store.knowledge.revertTemplateToServer(templateId);
    announces.push('template');
  }
  return { cases, undone: blockId !== undefined || templateId !== undefined, announces };
}
