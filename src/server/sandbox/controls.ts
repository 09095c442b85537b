// Trainer controls: what a trainer (or a test) does to the sandbox's world. Sandbox-only, and
// on SQLite only (see docs/architecture.md, the server seam): production has no trainer.
import { z } from 'zod';
import { sourceRefs } from '../../protocol/fields.ts';
import { CUSTOMER_TEXT_MAX } from '../../protocol/limits.ts';
import type { CsatAnswer } from '../../shared/csat/answer.ts';
import { CHANNELS, LANGUAGES, type CaseStatus, type Language } from '../../shared/domain.ts';
import { noiseOf, reopensCase } from '../../shared/triage/index.ts';
import type { Clock } from '../clock.ts';
import type { Feed } from '../feed.ts';
import { jsonColumn } from '../columns.ts';
import { NOT_NOISE, noiseVerdict } from '../message-noise.ts';
import { HttpError } from '../http.ts';
import { nextVersion, type SandboxDb } from '../schema.ts';
import { prepared } from '../prepared.ts';
import { insertOpenCase, recordCaseEvent } from '../store/sqlite/cases.ts';
import { accountFor } from '../store/sqlite/customers.ts';
import { Continuations } from './continuations.ts';
import { applyOverflow, type Overflowed } from './overflow.ts';
import { routeNewCase } from './routing.ts';
import { hearPost, isListeningChannel, listeningDocument, type Heard } from './listening.ts';
import { addressesCompany } from '../../shared/listening/index.ts';
import { pendingSurvey, readSurveyReply, recordSurveyAnswer, type PendingSurvey } from './csat-replies.ts';

export const InboundRequest = z.object({
  channel: z.enum(CHANNELS),
  customer: z.object({
    name: z.string().min(1).max(500), handle: z.string().min(1).max(500),
    /** A post's author's followers, when the network shows them (listening measures influence by them). */
    followers: z.int().min(0).optional(),
  }),
  text: z.string().min(1).max(CUSTOMER_TEXT_MAX),
  caseId: z.string().optional(),
  assignTo: z.string().optional(),
  /** The company's promotional post the customer answers (a campaign id). */
  promo: z.string().min(1).max(200).optional(),
  /** `mention`: a public post about the company; with `addressed: false` it names no company account. */
  kind: z.enum(['message', 'mention']).optional(),
  /** False for a post that does not address the company: heard by listening, no case opened. */
  addressed: z.boolean().optional(),
}).refine((r) => r.addressed !== false || (r.kind === 'mention' && r.caseId === undefined && r.assignTo === undefined && r.promo === undefined), {
  message: '`addressed: false` is for a new public post (`kind: "mention"`), without caseId, assignTo or promo',
}).refine((r) => r.kind !== 'mention' || isListeningChannel(r.channel), {
  // checked here, not only where a post is heard: one naming a company account skips listening
  message: 'a mention (`kind: "mention"`) is a public post: the channel must be facebook_post, x_mention, instagram_comment or mercadolibre',
});
export const AssignRequest = z.object({ caseId: z.string(), to: z.string().nullable() });

export interface OutboundRow {
  caseId: string;
  channel: string;
  text: string;
  kind: string;
  mutationId: string | null;
  clientId: string | null;
  username: string | null;
  sentAt: string;
  /** The templates (id and version) the reply was made from, as the console reported them. */
  templates: Source[] | null;
  /** The knowledge-base articles (id and version) quoted or linked in it. */
  articles: Source[] | null;
  /** The customer's account it went to (the case's identity). */
  to: string | null;
}

type Source = { id: string; version: number };

export class Controls {
  private readonly db: SandboxDb;
  private readonly feed: Feed;
  private readonly clock: Clock;
  private readonly continuations: Continuations;

  constructor(db: SandboxDb, feed: Feed, clock: Clock) {
    this.db = db;
    this.feed = feed;
    this.clock = clock;
    this.continuations = new Continuations(db, feed);
  }

  /**
   * What the `inbound` control does: a public post that does not address the company
   * (`addressed: false`) opens no case, it is heard by listening when it names the brand; unless
   * it names one of the company's accounts after all, then it is a customer writing.
   */
  receive(input: z.infer<typeof InboundRequest>): { caseId: string; messageId: string } | Heard {
    if (input.addressed === false && !addressesCompany(input.text, listeningDocument(this.db).handles)) {
      return this.db.transaction(() => hearPost(this.db, this.feed, input, this.clock.now().toISOString()))();
    }
    return this.inbound(input);
  }

  /** A customer writes. Opens a case (assigned by the server's rule or to `assignTo`) or joins `caseId`. */
  inbound(input: z.infer<typeof InboundRequest>): { caseId: string; messageId: string } {
    return this.db.transaction(() => {
      const now = this.clock.now().toISOString();
      let caseId = input.caseId;
      /** The case's state as the message arrives (a new case is open). */
      let statusBefore: CaseStatus = 'open';
      let survey: { pending: PendingSurvey; answers: CsatAnswer[] } | null = null;
      if (caseId !== undefined) {
        const existing = prepared<[string], { channel: string; status: string }>(this.db, 'SELECT channel, status FROM cases WHERE id = ?').get(caseId);
        if (!existing) throw new HttpError(404, 'case_not_found', `No case ${caseId}`);
        const pending = pendingSurvey(this.db, caseId);
        // Read only while the case is resolved: in a conversation, "2" answers the agent.
        const answers = pending && existing.status === 'resolved' ? readSurveyReply(this.db, pending, input.text) : null;
        // A public case's survey went by private message: an answer there joins the case. Anything
        // else on that channel ("gracias", a question) is a message of its own, not the case's.
        const answersOnSurveyChannel = answers !== null && pending?.channel === input.channel;
        if (existing.channel !== input.channel && !answersOnSurveyChannel) {
          throw new HttpError(400, 'wrong_channel', `Case ${caseId} is on ${existing.channel}, not ${input.channel}`);
        }
        statusBefore = existing.status as CaseStatus;
        if (pending && answers) {
          survey = { pending, answers };
        } else if (existing.status === 'resolved' && !this.reopens(caseId, input.text, input.promo !== undefined)) {
          // "Gracias" after a resolution joins the thread; nothing waits for an answer.
          prepared(this.db, 'UPDATE cases SET updated_at = ?, version = ? WHERE id = ?').run(now, nextVersion(this.db), caseId);
        } else {
          prepared(this.db, `UPDATE cases SET status = CASE status WHEN 'resolved' THEN 'open' ELSE status END,
            waiting_since = coalesce(waiting_since, ?), updated_at = ?, version = ? WHERE id = ?`)
            .run(now, now, nextVersion(this.db), caseId);
          if (existing.status === 'resolved') recordCaseEvent(this.db, caseId, { kind: 'status', data: { from: 'resolved', to: 'open' } }, now, null);
        }
      } else {
        // A customer invited to this private channel from a public case continues it here.
        const move = this.continuations.pending(input.channel, input.customer.handle);
        const identity = move
          ? { customerId: move.customerId, identityId: this.continuations.adoptIdentity(move, input.channel, input.customer.handle) }
          : this.identityFor(input.channel, input.customer);
        if (input.assignTo !== undefined) this.requireAgent(input.assignTo);
        const language = this.languageOf(identity.customerId);
        // A public case nobody holds names no one: its private continuation is routed like any new case.
        const named = input.assignTo ?? move?.assignedTo ?? undefined;
        // Routed only when no one is named: the rule that decided is recorded with the case.
        const routed = named === undefined
          ? routeNewCase(this.db, { channel: input.channel, language, text: input.text, customerId: identity.customerId, now })
          : null;
        const assignee = named ?? routed?.agent ?? null;
        caseId = insertOpenCase(this.db, {
          customerId: identity.customerId, identityId: identity.identityId, channel: input.channel, text: input.text, assignee, language, at: now,
          routing: routed?.rule ? { rule: routed.rule, reason: routed.reason } : null,
        }).caseId;
        if (move) this.continuations.link(move, caseId);
        recordCaseEvent(this.db, caseId, { kind: 'opened', data: { assignedTo: assignee } }, now, null);
      }
      const messageId = `${caseId}.in${nextVersion(this.db)}`;
      // A survey answer is never noise: the reports must not count it as filtered.
      const noise = survey ? NOT_NOISE : noiseVerdict(input.text, this.previousText(caseId) ?? null, statusBefore, input.promo !== undefined);
      prepared(this.db, `INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, promo, noise)
        VALUES (?, ?, 'customer', ?, ?, ?, 'sent', ?, ?, ?)`)
        .run(messageId, caseId, input.customer.name, input.text, now, nextVersion(this.db), input.promo ?? null, noise);
      if (survey) recordSurveyAnswer(this.db, survey.pending, survey.answers, messageId, now);
      this.feed.publishCase(caseId);
      this.feed.publishMessage(messageId);
      return { caseId, messageId };
    })();
  }

  /** Moves the cases that waited too long for their team to the team its overflow names (see overflow.ts). */
  overflow(): Overflowed[] {
    return applyOverflow(this.db, this.feed, this.clock.now());
  }

  /** Reassigns a case; the previous agent's console receives a `del` with reason `reassigned`. */
  assign(input: z.infer<typeof AssignRequest>): void {
    this.db.transaction(() => {
      if (input.to !== null) this.requireAgent(input.to);
      const from = prepared<[string], { assigned_to: string | null }>(this.db, 'SELECT assigned_to FROM cases WHERE id = ?').get(input.caseId);
      if (!from) throw new HttpError(404, 'case_not_found', `No case ${input.caseId}`);
      const now = this.clock.now().toISOString();
      // Named by hand, the case no longer holds the rule that routed it.
      prepared(this.db, `UPDATE cases SET assigned_to = ?, routing_rule = NULL, routing_reason = NULL, updated_at = ?, version = ?
        WHERE id = ?`).run(input.to, now, nextVersion(this.db), input.caseId);
      recordCaseEvent(this.db, input.caseId, { kind: 'assigned', data: { from: from.assigned_to, to: input.to } }, now, null);
      this.feed.publishCase(input.caseId);
    })();
  }

  outbound(): OutboundRow[] {
    return prepared<[], Omit<OutboundRow, 'templates' | 'articles'> & { templates: unknown; articles: unknown }>(this.db,
        `SELECT case_id AS caseId, channel, text, kind, mutation_id AS mutationId, client_id AS clientId,
                username, sent_at AS sentAt, templates, articles, to_handle AS "to" FROM outbound ORDER BY id`,
      )
      .all()
      .map((row) => ({
        ...row,
        templates: row.templates === null ? null : jsonColumn(sourceRefs, row.templates, 'outbound.templates'),
        articles: row.articles === null ? null : jsonColumn(sourceRefs, row.articles, 'outbound.articles'),
      }));
  }

  /** Whether a message on a resolved case reopens it: the same rule the consoles' noise filter follows. */
  private reopens(caseId: string, text: string, repliesToPromo: boolean): boolean {
    const noise = noiseOf({ text, previous: this.previousText(caseId) ?? null, caseStatus: 'resolved', repliesToPromo });
    return reopensCase(noise, 'resolved');
  }

  /** The customer's latest message on the case, before the one arriving. */
  private previousText(caseId: string): string | undefined {
    return prepared<[string], { text: string }>(this.db,
      "SELECT text FROM messages WHERE case_id = ? AND kind = 'customer' ORDER BY sent_at DESC, rowid DESC LIMIT 1",
    ).get(caseId)?.text;
  }

  /** The account the customer writes from: a known identity (linked ones included), else a new record. */
  private identityFor(channel: string, customer: { name: string; handle: string }): { customerId: string; identityId: string } {
    return accountFor(this.db, channel, customer);
  }

  private languageOf(customerId: string): Language {
    const stored = prepared<[string], { language: string }>(this.db, 'SELECT language FROM customers WHERE id = ?').get(customerId)?.language;
    return LANGUAGES.find((l) => l === stored) ?? 'es';
  }

  private requireAgent(username: string): void {
    if (!prepared(this.db, "SELECT 1 FROM users WHERE username = ? AND role = 'agent'").get(username)) {
      throw new HttpError(400, 'unknown_agent', `No agent "${username}"`);
    }
  }
}
