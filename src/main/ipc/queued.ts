// What a queued change answers the window: the case and the change's id, never the outbox row.
export const queuedOut = (queued: { caseId: string; mutationId: string }) => ({ caseId: queued.caseId, mutationId: queued.mutationId });
