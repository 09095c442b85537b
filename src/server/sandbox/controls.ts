// Trainer controls: what a trainer (or a test) does to the sandbox's world. Each runs in one
// transaction of its own. Written over store/sql.ts like the rest of the server, so an
// organisation's ingest of customer messages opens and routes a case exactly as the trainer's
// `inbound` does (inbound/customer-writes.ts); production has no trainer.
import { z } from 'zod';
import { sourceRefs } from '../../protocol/fields.ts';
import { CUSTOMER_TEXT_MAX } from '../../protocol/limits.ts';
import { CHANNELS } from '../../shared/domain.ts';
import type { Clock } from '../clock.ts';
import { Feed } from '../feed.ts';
import { jsonColumn } from '../columns.ts';
import { HttpError } from '../http.ts';
import { customerWrites, requireAgent } from '../inbound/customer-writes.ts';
import { caseEvents } from '../store/shared/cases.ts';
import type { WithSql } from '../store/sql.ts';
import { applyOverflow, type Overflowed } from '../inbound/overflow.ts';
import { hearPost, isListeningChannel, listeningDocument, type Heard } from './listening.ts';
import { addressesCompany } from '../../shared/listening/index.ts';

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
  private readonly store: WithSql;
  private readonly clock: Clock;

  constructor(store: WithSql, clock: Clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * What the `inbound` control does: a public post that does not address the company
   * (`addressed: false`) opens no case, it is heard by listening when it names the brand; unless
   * it names one of the company's accounts after all, then it is a customer writing.
   */
  receive(input: z.infer<typeof InboundRequest>): Promise<{ caseId: string; messageId: string } | Heard> {
    return this.store.withSql(async (sql) => {
      if (input.addressed === false && !addressesCompany(input.text, (await listeningDocument(sql)).handles)) {
        return hearPost(sql, new Feed(sql), input, this.clock.now().toISOString());
      }
      return customerWrites(sql, this.clock.now().toISOString(), input);
    });
  }

  /** A customer writes. Opens a case (assigned by the server's rule or to `assignTo`) or joins `caseId`. */
  inbound(input: z.infer<typeof InboundRequest>): Promise<{ caseId: string; messageId: string }> {
    return this.store.withSql((sql) => customerWrites(sql, this.clock.now().toISOString(), input));
  }

  /** Moves the cases that waited too long for their team to the team its overflow names (see overflow.ts). */
  overflow(): Promise<Overflowed[]> {
    return this.store.withSql((sql) => applyOverflow(sql, new Feed(sql), this.clock.now()));
  }

  /** Reassigns a case; the previous agent's console receives a `del` with reason `reassigned`. */
  assign(input: z.infer<typeof AssignRequest>): Promise<void> {
    return this.store.withSql(async (sql) => {
      if (input.to !== null) await requireAgent(sql, input.to);
      const from = await sql.row<{ assigned_to: string | null }>('SELECT assigned_to FROM cases WHERE id = ?', input.caseId);
      if (!from) throw new HttpError(404, 'case_not_found', `No case ${input.caseId}`);
      const now = this.clock.now().toISOString();
      // Named by hand, the case no longer holds the rule that routed it.
      await sql.run(`UPDATE cases SET assigned_to = ?, routing_rule = NULL, routing_reason = NULL, updated_at = ?, version = ?
        WHERE id = ?`, input.to, now, await sql.nextVersion(), input.caseId);
      await caseEvents(sql).record(input.caseId, { kind: 'assigned', data: { from: from.assigned_to, to: input.to } }, now, null);
      await new Feed(sql).publishCase(input.caseId);
    });
  }

  async outbound(): Promise<OutboundRow[]> {
    const rows = await this.store.withSql((sql) => sql.rows<Omit<OutboundRow, 'templates' | 'articles'> & { templates: unknown; articles: unknown }>(
      `SELECT case_id AS "caseId", channel, text, kind, mutation_id AS "mutationId", client_id AS "clientId",
              username, sent_at AS "sentAt", templates, articles, to_handle AS "to" FROM outbound ORDER BY id`));
    return rows.map((row) => ({
      ...row,
      templates: row.templates === null ? null : jsonColumn(sourceRefs, row.templates, 'outbound.templates'),
      articles: row.articles === null ? null : jsonColumn(sourceRefs, row.articles, 'outbound.articles'),
    }));
  }
}
