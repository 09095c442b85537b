// The server side of push: each console's mutations applied exactly once, in seq order.
import { z } from 'zod';
import { MUTATION_ARGS, type MutationArgs } from '../protocol/mutations/index.ts';
import type { Mutation, MutationResult, PushResponse } from '../protocol/sync.ts';
import type { SandboxClock } from './clock.ts';
import type { Feed } from './feed.ts';
import { HttpError } from './http.ts';
import { nextVersion, type SandboxDb } from './schema.ts';
import { prepared } from './prepared.ts';
import { PersonalTemplates } from './personal-templates.ts';
import { classificationProblem, CONTACT_REASONS_SETTING, contactReasonsFrom } from '../shared/contact-reasons.ts';
import type { Channel } from '../shared/domain.ts';
import { MOVE_TO_PRIVATE_SETTING, moveToPrivatePlan } from '../shared/move-to-private.ts';
import { BlockedSenders } from './blocked-senders.ts';
import { CustomerNotes } from './customer-notes.ts';
import { CustomerLinks } from './customer-links.ts';
import { BusinessSettings } from './business-settings.ts';
import { SandboxPart } from './sandbox-part.ts';
import { AutoReplies } from './auto-replies.ts';
import { recordDelivery } from './outbound.ts';

export class SequenceGapError extends Error {
  readonly expectedSeq: number;

  constructor(expectedSeq: number) {
    super(`Mutations must arrive in order: expected seq ${expectedSeq}`);
    this.expectedSeq = expectedSeq;
  }
}

type Outcome = Pick<MutationResult, 'status' | 'reason' | 'message'>;
interface Context {
  username: string;
  clientId: string;
  mutationId: string;
}

export class MutationApplier extends SandboxPart {
  private readonly templates: PersonalTemplates;
  private readonly blocks: BlockedSenders;
  private readonly notes: CustomerNotes;
  private readonly links: CustomerLinks;
  private readonly autoReplies: AutoReplies;
  private readonly businessSettings: BusinessSettings;

  constructor(db: SandboxDb, feed: Feed, clock: SandboxClock) {
    super(db, feed, clock);
    this.autoReplies = new AutoReplies(db, feed, clock);
    this.templates = new PersonalTemplates(db, feed, clock);
    this.blocks = new BlockedSenders(db, feed, clock);
    this.notes = new CustomerNotes(db, feed, clock);
    this.links = new CustomerLinks(db, feed, clock);
    this.businessSettings = new BusinessSettings(db, feed, clock);
  }

  push(username: string, clientId: string, mutations: z.infer<typeof Mutation>[]): PushResponse {
    return this.db.transaction(() => {
      const client = prepared<[string], { username: string; last_seq: number }>(this.db, 'SELECT username, last_seq FROM clients WHERE client_id = ?')
        .get(clientId);
      if (client && client.username !== username) {
        throw new HttpError(409, 'client_taken', 'This client id belongs to another agent: sign in with a new profile');
      }
      if (!client) prepared(this.db, 'INSERT INTO clients VALUES (?, ?, 0)').run(clientId, username);
      let lastSeq = client?.last_seq ?? 0;
      const results: MutationResult[] = [];
      for (const m of [...mutations].sort((a, b) => a.seq - b.seq)) {
        if (m.seq <= lastSeq) {
          results.push(this.replay(clientId, m));
          continue;
        }
        if (m.seq !== lastSeq + 1) {
          if (results.length === 0) throw new SequenceGapError(lastSeq + 1);
          break;
        }
        const outcome = this.apply(m, { username, clientId, mutationId: m.id });
        prepared(this.db, 'INSERT INTO mutation_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(clientId, m.seq, m.id, m.name, outcome.status, outcome.reason ?? null, outcome.message ?? null, this.clock.now().toISOString());
        // A permanent failure advances the sequence too: one bad mutation never blocks the queue.
        lastSeq = m.seq;
        results.push({ seq: m.seq, id: m.id, ...outcome });
      }
      prepared(this.db, 'UPDATE clients SET last_seq = ? WHERE client_id = ?').run(lastSeq, clientId);
      return { results, lastSeq };
    })();
  }

  /** A mutation seen before: `already_applied`, or the same conflict/rejection as the first time. */
  private replay(clientId: string, m: z.infer<typeof Mutation>): MutationResult {
    const logged = prepared<[string, number], { mutation_id: string; status: string; reason: string | null; message: string | null }>(this.db,
        'SELECT mutation_id, status, reason, message FROM mutation_log WHERE client_id = ? AND seq = ?',
      )
      .get(clientId, m.seq);
    if (!logged || logged.mutation_id !== m.id) {
      return { seq: m.seq, id: m.id, status: 'rejected', reason: 'seq_reused', message: `Seq ${m.seq} was already used by another mutation` };
    }
    if (logged.status === 'applied') return { seq: m.seq, id: m.id, status: 'already_applied' };
    return {
      seq: m.seq,
      id: m.id,
      status: logged.status as MutationResult['status'],
      ...(logged.reason ? { reason: logged.reason } : {}),
      ...(logged.message ? { message: logged.message } : {}),
    };
  }

  private apply(m: z.infer<typeof Mutation>, ctx: Context): Outcome {
    if (!Object.hasOwn(MUTATION_ARGS, m.name)) {
      return { status: 'rejected', reason: 'unknown_mutation', message: `Unknown mutation "${m.name}"` };
    }
    const name = m.name as keyof typeof MUTATION_ARGS;
    const parsed = MUTATION_ARGS[name].safeParse(m.args);
    if (!parsed.success) return { status: 'rejected', reason: 'invalid_args', message: z.prettifyError(parsed.error) };
    if (name === 'save_template') return this.templates.save(parsed.data as MutationArgs<'save_template'>, ctx.username);
    if (name === 'delete_template') return this.templates.remove(parsed.data as MutationArgs<'delete_template'>, ctx.username);
    if (name === 'add_customer_note') return this.notes.add(parsed.data as MutationArgs<'add_customer_note'>, ctx.username);
    if (name === 'block_sender') return this.blocks.block(parsed.data as MutationArgs<'block_sender'>, ctx.username);
    if (name === 'unblock_sender') return this.blocks.unblock(parsed.data as MutationArgs<'unblock_sender'>);
    if (name === 'send_auto_reply') return this.autoReplies.send(parsed.data as MutationArgs<'send_auto_reply'>, ctx);
    if (name === 'put_setting') return this.businessSettings.put(parsed.data as MutationArgs<'put_setting'>, ctx);
    const args = parsed.data as MutationArgs<CaseMutation>;
    const found = prepared<[string], CaseFacts>(this.db,
        'SELECT id, number, status, assigned_to, channel, reason, resolution, customer_id, identity_id FROM cases WHERE id = ?',
      )
      .get(args.caseId);
    if (!found) return { status: 'conflict', reason: 'case_not_found', message: 'The case no longer exists' };
    if (found.assigned_to !== ctx.username) {
      return {
        status: 'conflict',
        reason: 'not_assigned',
        message: `Case #${found.number} is no longer assigned to you${found.assigned_to ? ` (now: ${found.assigned_to})` : ''}; nothing was sent`,
      };
    }
    const from = { id: found.id, number: found.number, customerId: found.customer_id };
    if (name === 'link_identity') return this.links.link(from, parsed.data as MutationArgs<'link_identity'>, ctx.username);
    if (name === 'unlink_identity') return this.links.unlink(from, parsed.data as MutationArgs<'unlink_identity'>, ctx.username);
    if (name === 'merge_customers') return this.links.merge(from, parsed.data as MutationArgs<'merge_customers'>, ctx.username);
    if (name === 'undo_merge') return this.links.undo(from, parsed.data as MutationArgs<'undo_merge'>);
    if (name === 'set_status') return this.setStatus(found, parsed.data as MutationArgs<'set_status'>);
    if (name === 'move_to_private') return this.moveToPrivate(found, parsed.data as MutationArgs<'move_to_private'>, ctx);
    return this.deliver(found, parsed.data as MutationArgs<'send_reply'>, ctx, 'reply');
  }

  /** Resolving needs an active contact reason and a resolution, whatever the console checked. */
  private setStatus(found: CaseFacts, args: MutationArgs<'set_status'>): Outcome {
    const { status, reason, resolution } = args;
    if (status === 'resolved' || reason !== undefined) {
      const problem = classificationProblem(contactReasonsFrom(this.setting(CONTACT_REASONS_SETTING)), reason);
      if (problem === 'reason_required') {
        return { status: 'rejected', reason: problem, message: `Case #${found.number} cannot be resolved without a contact reason` };
      }
      if (problem === 'unknown_reason') {
        return { status: 'rejected', reason: problem, message: `"${reason ?? ''}" is not an active contact reason` };
      }
    }
    if (status === 'resolved' && resolution === undefined) {
      return { status: 'rejected', reason: 'resolution_required', message: `Say whether case #${found.number} was resolved in the customer's favour or against it` };
    }
    const next = { reason: reason ?? found.reason, resolution: status === 'resolved' ? resolution ?? null : found.resolution };
    // Asking for a state (and classification) already reached succeeds without a change.
    if (found.status === status && next.reason === found.reason && next.resolution === found.resolution) return { status: 'applied' };
    prepared(this.db, 'UPDATE cases SET status = ?, reason = ?, resolution = ?, updated_at = ?, version = ? WHERE id = ?')
      .run(status, next.reason, next.resolution, this.clock.now().toISOString(), nextVersion(this.db), found.id);
    this.feed.publishCase(found.id);
    return { status: 'applied' };
  }

  /** The invitation goes out as a public reply; the case remembers where the customer was asked to write. */
  private moveToPrivate(found: CaseFacts, args: MutationArgs<'move_to_private'>, ctx: Context): Outcome {
    const plan = moveToPrivatePlan(this.setting(MOVE_TO_PRIVATE_SETTING), found.channel as Channel);
    if (!plan) return { status: 'rejected', reason: 'not_public', message: `Case #${found.number} is on a private channel already` };
    if (!plan.targets.includes(args.channel)) {
      return { status: 'rejected', reason: 'invalid_target', message: `Case #${found.number} can move to ${plan.targets.join(' or ')}, not ${args.channel}` };
    }
    const outcome = this.deliver(found, args, ctx, 'move_to_private');
    if (outcome.status !== 'applied') return outcome;
    prepared(this.db, 'UPDATE cases SET moved_to = ?, version = ? WHERE id = ?').run(args.channel, nextVersion(this.db), found.id);
    this.feed.publishCase(found.id);
    return outcome;
  }

  /** Delivers a reply to the customer, once: a message id seen before is refused. */
  private deliver(found: CaseFacts, args: MutationArgs<'send_reply'>, ctx: Context, kind: 'reply' | 'move_to_private'): Outcome {
    const { caseId, messageId, text, templates, articles } = args;
    if (prepared(this.db, 'SELECT 1 FROM messages WHERE id = ?').get(messageId)) {
      return { status: 'rejected', reason: 'duplicate_message', message: 'A message with this id already exists' };
    }
    const now = this.clock.now().toISOString();
    const author = prepared<[string], { name: string }>(this.db, 'SELECT name FROM users WHERE username = ?').get(ctx.username)?.name ?? ctx.username;
    prepared(this.db, "INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES (?, ?, 'reply', ?, ?, ?, 'sent', ?)")
      .run(messageId, caseId, author, text, now, nextVersion(this.db));
    prepared(this.db, 'UPDATE cases SET waiting_since = NULL, updated_at = ?, version = ? WHERE id = ?')
      .run(now, nextVersion(this.db), caseId);
    recordDelivery(this.db, {
      caseId, channel: found.channel, identityId: found.identity_id, text, kind, ...ctx, sentAt: now, templates, articles,
    });
    this.feed.publishMessage(messageId);
    this.feed.publishCase(caseId);
    return { status: 'applied' };
  }

}

type CaseMutation = 'send_reply' | 'set_status' | 'move_to_private' | 'link_identity' | 'unlink_identity' | 'merge_customers' | 'undo_merge';

interface CaseFacts {
  id: string;
  customer_id: string;
  identity_id: string | null;
  number: number;
  status: string;
  assigned_to: string | null;
  channel: string;
  reason: string | null;
  resolution: string | null;
}

