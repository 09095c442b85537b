// What the agent does. Each command applies its optimistic effect and appends its outbox row
// in one transaction, then returns: the agent never waits on the network.
import { randomUUID } from 'node:crypto';
import { CHANNEL_INFO } from '../../shared/channels.ts';
import { CASE_STATUSES, type CaseStatus, type Channel } from '../../shared/domain.ts';
import type { Store } from '../db/store.ts';
import { EFFECTS, type ReplyAuthor } from './effects.ts';
import type { MutationArgs, MutationName } from './wire.ts';

export type CommandErrorCode = 'case_not_found' | 'empty_reply' | 'reply_too_long' | 'invalid_status';

export class CommandError extends Error {
  readonly code: CommandErrorCode;

  constructor(code: CommandErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'CommandError';
  }
}

export interface Queued {
  caseId: string;
  mutationId: string;
  seq: number;
}

export class Commands {
  private readonly store: Store;
  private readonly author: () => ReplyAuthor;
  private readonly onQueued: () => void;
  private readonly now: () => Date;

  constructor(
    store: Store,
    author: () => ReplyAuthor,
    onQueued: () => void = () => undefined,
    now: () => Date = () => new Date(),
  ) {
    this.store = store;
    this.author = author;
    this.onQueued = onQueued;
    this.now = now;
  }

  /** Queues a reply on the case; `caseRef` is the case id or its number. */
  sendReply(caseRef: string, text: string): Queued & { messageId: string } {
    const found = this.requireCase(caseRef);
    if (text.trim().length === 0) throw new CommandError('empty_reply', 'The reply is empty');
    const limit = CHANNEL_INFO[found.channel as Channel].maxLength;
    // Networks count code points, not UTF-16 units: an emoji is one character.
    const length = Array.from(text).length;
    if (length > limit) {
      throw new CommandError(
        'reply_too_long',
        `The reply has ${length} characters; ${found.channel} accepts at most ${limit}`,
      );
    }
    const messageId = randomUUID();
    const queued = this.enqueue('send_reply', { caseId: found.id, messageId, text }, found.version);
    return { ...queued, messageId };
  }

  setStatus(caseRef: string, status: string): Queued {
    const found = this.requireCase(caseRef);
    if (!isCaseStatus(status)) {
      throw new CommandError('invalid_status', `Unknown state "${status}"; use one of ${CASE_STATUSES.join(', ')}`);
    }
    return this.enqueue('set_status', { caseId: found.id, status }, found.version);
  }

  private requireCase(caseRef: string) {
    const found = this.store.cases.find(caseRef);
    if (!found) throw new CommandError('case_not_found', `No case ${caseRef} in this profile`);
    return found;
  }

  private enqueue<N extends MutationName>(name: N, args: MutationArgs<N>, baseVersion: number): Queued {
    const mutationId = randomUUID();
    const at = this.now().toISOString();
    const seq = this.store.transaction(() => {
      (EFFECTS[name] as (s: Store, a: MutationArgs<N>, au: ReplyAuthor, at: string) => void)(
        this.store, args, this.author(), at,
      );
      return this.store.outbox.append({ id: mutationId, name, args, baseVersion, createdAt: at });
    });
    this.onQueued();
    return { caseId: args.caseId, mutationId, seq };
  }
}

function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
