// A refused row whose args no longer parse (damaged, or written by an older console) has no
// module that can read it. Its effect was applied when it was queued all the same, so what its
// args still name goes back to the server's values, as its module's undo would have done.
import { z } from 'zod';
import type { Store } from '../../db/store.ts';
import { undoBlockChange } from './block-sender.ts';
import type { Settled } from './index.ts';

const name = z.string().optional().catch(undefined);
const Named = z.object({ caseId: name, blockId: name, templateId: name }).catch({});

export function undoUnreadable(store: Store, stored: unknown): Settled {
  const { caseId, blockId, templateId } = Named.parse(stored);
  const cases = [...(caseId === undefined ? [] : [caseId]), ...(blockId === undefined ? [] : undoBlockChange(store, blockId))];
  if (templateId !== undefined) store.knowledge.revertTemplateToServer(templateId);
  return {
    cases,
    undone: blockId !== undefined || templateId !== undefined,
    announces: [...(blockId === undefined ? [] : ['blocked_sender', 'case'] as const), ...(templateId === undefined ? [] : ['template'] as const)],
  };
}
