// A customer's message arriving: the sandbox's `inbound` control and an organisation's ingest of
// channel messages (../organisation/ingest.ts) both come here, so a case is opened, joined,
// reopened and routed the same way on either. Written over store/sql.ts, for both engines.
import type { CsatAnswer } from '../../shared/csat/answer.ts';
import { LANGUAGES, type CaseStatus, type Channel, type Language } from '../../shared/domain.ts';
import { noiseOf, reopensCase } from '../../shared/triage/index.ts';
import { Feed } from '../feed.ts';
import { HttpError } from '../http.ts';
import { NOT_NOISE, noiseVerdict } from '../message-noise.ts';
import { Continuations } from './continuations.ts';
import { pendingSurvey, readSurveyReply, recordSurveyAnswer, type PendingSurvey } from './csat-replies.ts';
import { routeNewCase } from './routing.ts';
import { caseEvents, openCase } from '../store/shared/cases.ts';
import { accountFor } from '../store/shared/customers.ts';
import type { Sql } from '../store/sql.ts';

export interface Arrival {
  channel: Channel;
  customer: { name: string; handle: string; followers?: number };
  text: string;
  /** The case the message joins; a new case when omitted. */
  caseId?: string;
  /** Who a new case goes to; the routing rules decide when omitted. */
  assignTo?: string;
  /** The company's promotional post the customer answers (a campaign id). */
  promo?: string;
}

export interface Arrived {
  caseId: string;
  messageId: string;
}

/**
 * A customer writes: opens a case (routed by the rules in force, or given to `assignTo`), or joins
 * `caseId`, and publishes both. Call inside a transaction.
 */
export async function customerWrites(sql: Sql, now: string, input: Arrival): Promise<Arrived> {
  const feed = new Feed(sql);
  const continuations = new Continuations(sql, feed);
  const events = caseEvents(sql);
  let caseId = input.caseId;
  /** The case's state as the message arrives (a new case is open). */
  let statusBefore: CaseStatus = 'open';
  let survey: { pending: PendingSurvey; answers: CsatAnswer[] } | null = null;
  if (caseId !== undefined) {
    const existing = await sql.row<{ channel: string; status: string }>('SELECT channel, status FROM cases WHERE id = ?', caseId);
    if (!existing) throw new HttpError(404, 'case_not_found', `No case ${caseId}`);
    const pending = await pendingSurvey(sql, caseId);
    // Read only while the case is resolved: in a conversation, "2" answers the agent.
    const answers = pending && existing.status === 'resolved' ? await readSurveyReply(sql, pending, input.text) : null;
    // A public case's survey went by private message: an answer there joins the case. Anything
    // else on that channel ("gracias", a question) is a message of its own, not the case's.
    const answersOnSurveyChannel = answers !== null && pending?.channel === input.channel;
    if (existing.channel !== input.channel && !answersOnSurveyChannel) {
      throw new HttpError(400, 'wrong_channel', `Case ${caseId} is on ${existing.channel}, not ${input.channel}`);
    }
    statusBefore = existing.status as CaseStatus;
    if (pending && answers) {
      survey = { pending, answers };
    } else if (existing.status === 'resolved' && !await reopens(sql, caseId, input.text, input.promo !== undefined)) {
      // "Gracias" after a resolution joins the thread; nothing waits for an answer.
      await sql.run('UPDATE cases SET updated_at = ?, version = ? WHERE id = ?', now, await sql.nextVersion(), caseId);
    } else {
      await sql.run(`UPDATE cases SET status = CASE status WHEN 'resolved' THEN 'open' ELSE status END,
        waiting_since = coalesce(waiting_since, ?), updated_at = ?, version = ? WHERE id = ?`, now, now, await sql.nextVersion(), caseId);
      if (existing.status === 'resolved') await events.record(caseId, { kind: 'status', data: { from: 'resolved', to: 'open' } }, now, null);
    }
  } else {
    // A customer invited to this private channel from a public case continues it here.
    const move = await continuations.pending(input.channel, input.customer.handle);
    const identity = move
      ? { customerId: move.customerId, identityId: await continuations.adoptIdentity(move, input.channel, input.customer.handle) }
      : await accountFor(sql, input.channel, input.customer);
    if (input.assignTo !== undefined) await requireAgent(sql, input.assignTo);
    const language = await languageOf(sql, identity.customerId);
    // A public case nobody holds names no one: its private continuation is routed like any new case.
    const named = input.assignTo ?? move?.assignedTo ?? undefined;
    // Routed only when no one is named: the rule that decided is recorded with the case.
    const routed = named === undefined
      ? await routeNewCase(sql, { channel: input.channel, language, text: input.text, customerId: identity.customerId, now })
      : null;
    const assignee = named ?? routed?.agent ?? null;
    caseId = (await openCase(sql, {
      customerId: identity.customerId, identityId: identity.identityId, channel: input.channel, text: input.text, assignee, language, at: now,
      routing: routed?.rule ? { rule: routed.rule, reason: routed.reason } : null,
    })).caseId;
    if (move) await continuations.link(move, caseId);
    await events.record(caseId, { kind: 'opened', data: { assignedTo: assignee } }, now, null);
  }
  const messageId = `${caseId}.in${await sql.nextVersion()}`;
  // A survey answer is never noise: the reports must not count it as filtered.
  const noise = survey ? NOT_NOISE : noiseVerdict(input.text, (await previousText(sql, caseId)) ?? null, statusBefore, input.promo !== undefined);
  await sql.run(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, promo, noise)
    VALUES (?, ?, 'customer', ?, ?, ?, 'sent', ?, ?, ?)`,
  messageId, caseId, input.customer.name, input.text, now, await sql.nextVersion(), input.promo ?? null, noise);
  if (survey) await recordSurveyAnswer(sql, survey.pending, survey.answers, messageId, now);
  await feed.publishCase(caseId);
  await feed.publishMessage(messageId);
  return { caseId, messageId };
}

/** Whether a message on a resolved case reopens it: the same rule the consoles' noise filter follows. */
async function reopens(sql: Sql, caseId: string, text: string, repliesToPromo: boolean): Promise<boolean> {
  const noise = noiseOf({ text, previous: (await previousText(sql, caseId)) ?? null, caseStatus: 'resolved', repliesToPromo });
  return reopensCase(noise, 'resolved');
}

/** The customer's latest message on the case, before the one arriving. */
async function previousText(sql: Sql, caseId: string): Promise<string | undefined> {
  return (await sql.row<{ text: string }>(
    `SELECT text FROM messages m WHERE case_id = ? AND kind = 'customer' ORDER BY sent_at DESC, ${sql.writtenOrder('m')} DESC LIMIT 1`, caseId))?.text;
}

async function languageOf(sql: Sql, customerId: string): Promise<Language> {
  const stored = (await sql.row<{ language: string }>('SELECT language FROM customers WHERE id = ?', customerId))?.language;
  return LANGUAGES.find((l) => l === stored) ?? 'es';
}

export async function requireAgent(sql: Sql, username: string): Promise<void> {
  if (!await sql.row("SELECT 1 FROM users WHERE username = ? AND role = 'agent'", username)) {
    throw new HttpError(400, 'unknown_agent', `No agent "${username}"`);
  }
}
