import type { Store } from '../../db/store.ts';

/**
 * A refused type or restore: the message shows the server's decision again. Its own case is
 * triaged again too (the args' case, which the server refused, may not be the message's).
 */
export function undoDecision(store: Store, args: { caseId: string; messageId: string }): readonly string[] {
  const caseId = store.triage.followServer(args.messageId);
  return caseId === null || caseId === args.caseId ? [args.caseId] : [args.caseId, caseId];
}
