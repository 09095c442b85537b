// What the agent does. Each command applies its optimistic effect and appends its outbox row
// in one transaction, then returns: the agent never waits on the network.
import { randomUUID } from 'node:crypto';
import { CHANNEL_INFO } from '../../shared/channels.ts';
import { CASE_STATUSES, type CaseStatus, type Channel } from '../../shared/domain.ts';
import type { ReplySource } from '../../shared/models.ts';
import type { Store } from '../db/store.ts';
import { retriageCases } from '../triage/triage.ts';
import { EFFECTS, type ReplyAuthor } from './effects.ts';
import { z } from 'zod';
import { SaveTemplateArgs, type MutationArgs, type MutationName } from './wire.ts';

export type CommandErrorCode =
  | 'case_not_found' | 'empty_reply' | 'reply_too_long' | 'invalid_status'
  | 'invalid_template' | 'template_not_found' | 'not_owner';

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

/** The templates and articles a reply was made from, each at the version inserted. */
export interface ReplySources {
  templates?: ReplySource[];
  articles?: ReplySource[];
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

  /**
   * Queues a reply on the case; `caseRef` is the case id or its number. `sources` names the
   * templates and articles it was made from (recorded with the reply and counted: the "/"
   * ranking and the metrics read the counts).
   */
  sendReply(caseRef: string, text: string, sources: ReplySources = {}): Queued & { messageId: string } {
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
    const { templates = [], articles = [] } = sources;
    const args = { caseId: found.id, messageId, text, ...(templates.length ? { templates } : {}), ...(articles.length ? { articles } : {}) };
    const queued = this.enqueue('send_reply', args, found.version, (at) => {
      this.store.knowledge.recordUse(templates.map((t) => t.id), at);
      this.store.knowledge.recordArticleUse(articles.map((a) => a.id), at);
    });
    return { ...queued, caseId: found.id, messageId };
  }

  setStatus(caseRef: string, status: string): Queued {
    const found = this.requireCase(caseRef);
    if (!isCaseStatus(status)) {
      throw new CommandError('invalid_status', `Unknown state "${status}"; use one of ${CASE_STATUSES.join(', ')}`);
    }
    return { ...this.enqueue('set_status', { caseId: found.id, status }, found.version), caseId: found.id };
  }

  /** Creates (no `templateId`) or edits one of the agent's personal templates, offline. */
  saveTemplate(input: Omit<MutationArgs<'save_template'>, 'templateId'> & { templateId?: string }): Omit<Queued, 'caseId'> & { templateId: string } {
    const existing = input.templateId === undefined ? undefined : this.store.knowledge.template(input.templateId);
    if (existing && existing.owner !== this.author().username) {
      throw new CommandError('not_owner', 'Company templates are edited by an administrator; save a personal copy instead');
    }
    const parsed = SaveTemplateArgs.safeParse({ ...input, templateId: input.templateId ?? randomUUID() });
    if (!parsed.success) throw new CommandError('invalid_template', `The template is not valid: ${z.prettifyError(parsed.error)}`);
    return { ...this.enqueue('save_template', parsed.data, existing?.version ?? null), templateId: parsed.data.templateId };
  }

  deleteTemplate(templateId: string): Omit<Queued, 'caseId'> {
    const existing = this.store.knowledge.template(templateId);
    if (!existing) throw new CommandError('template_not_found', `No template ${templateId} in this profile`);
    if (existing.owner !== this.author().username) {
      throw new CommandError('not_owner', 'Only your own templates can be deleted');
    }
    return this.enqueue('delete_template', { templateId }, existing.version);
  }

  private requireCase(caseRef: string) {
    const found = this.store.cases.find(caseRef);
    if (!found) throw new CommandError('case_not_found', `No case ${caseRef} in this profile`);
    return found;
  }

  /** `alongside` runs in the same transaction, once (effects are replayed after pulls; it is not). */
  private enqueue<N extends MutationName>(
    name: N,
    args: MutationArgs<N>,
    baseVersion: number | null,
    alongside?: (at: string) => void,
  ): Omit<Queued, 'caseId'> {
    const mutationId = randomUUID();
    const at = this.now().toISOString();
    const seq = this.store.transaction(() => {
      (EFFECTS[name] as (s: Store, a: MutationArgs<N>, au: ReplyAuthor, at: string) => void)(
        this.store, args, this.author(), at,
      );
      alongside?.(at);
      // A reply answers what waited (the case may leave the filtered view); a state moves its rank.
      if ('caseId' in args) retriageCases(this.store, [args.caseId]);
      return this.store.outbox.append({ id: mutationId, name, args, baseVersion, createdAt: at });
    });
    this.onQueued();
    return { mutationId, seq };
  }
}

function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
