// Links and merges move cases between records on the server, which alone sees every record:
// until it answers, the customer panel shows them pending (from the outbox) rather than
// guessing the outcome. A refusal puts the case back to the server's values.
import type { Store } from '../../db/store.ts';
import { undoOnCase } from './module.ts';

export const customerChange = {
  effect: (_store: Store, _args: unknown): void => undefined,
  undo: undoOnCase,
  announces: [],
} as const;
