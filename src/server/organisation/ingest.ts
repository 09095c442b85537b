// The ingest API for channel connectors (WhatsApp, e-mail, a social network's webhook): each
// customer message comes in once by its channel's own id, joins the case it belongs to or opens
// one, and is routed as the sandbox's `inbound` routes it (inbound/customer-writes.ts).
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CUSTOMER_TEXT_MAX } from '../../protocol/limits.ts';
import { CHANNELS } from '../../shared/domain.ts';
import type { Clock } from '../clock.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import { customerWrites } from '../inbound/customer-writes.ts';
import type { Pokes } from '../pokes.ts';
import { bearer } from '../routes/auth.ts';
import type { Routes } from '../routes/route.ts';
import type { Sql, WithSql } from '../store/sql.ts';

export const IngestRequest = z.object({
  channel: z.enum(CHANNELS),
  /** The channel's own id of the message: the same id twice is the same message. */
  externalId: z.string().min(1).max(500),
  customer: z.object({ name: z.string().min(1).max(500), handle: z.string().min(1).max(500) }),
  text: z.string().min(1).max(CUSTOMER_TEXT_MAX),
});

/**
 * A resolved case takes the customer's next message on its channel for this long (a thank-you,
 * the answer to its survey, the problem back): after that, a new case. Zendesk's default before
 * a solved ticket closes.
 */
const FOLLOW_UP_DAYS = 4;

export function ingestRoutes(deps: { store: WithSql; clock: Clock; pokes: Pokes; key: string | undefined }): Routes {
  return {
    'POST /v1/ingest/messages': async (req, res) => {
      checkKey(deps.key, bearer(req));
      const message = await readJson(req, IngestRequest);
      const now = deps.clock.now().toISOString();
      const answer = await deps.store.withSql((sql) => ingest(sql, message, now));
      if (!answer.duplicate) deps.pokes.poke();
      sendJson(res, answer.duplicate ? 200 : 201, answer);
    },
  };
}

async function ingest(sql: Sql, message: z.infer<typeof IngestRequest>, now: string): Promise<{ caseId: string; messageId: string; duplicate: boolean }> {
  // Writers take turns (PostgresStore), so a second delivery of the message, even at the same moment, finds the first's row here.
  const taken = await sql.run('INSERT INTO ingested (channel, external_id, at) VALUES (?, ?, ?) ON CONFLICT (channel, external_id) DO NOTHING',
    message.channel, message.externalId, now);
  if (taken === 0) {
    const first = await sql.row<{ caseId: string; messageId: string }>(
      'SELECT case_id AS "caseId", message_id AS "messageId" FROM ingested WHERE channel = ? AND external_id = ?', message.channel, message.externalId);
    if (!first) throw new Error(`The ingested message ${message.channel} ${message.externalId} has no row`);
    return { ...first, duplicate: true };
  }
  const caseId = await caseToJoin(sql, message.channel, message.customer.handle, now);
  const arrived = await customerWrites(sql, now, { channel: message.channel, customer: message.customer, text: message.text, ...(caseId ? { caseId } : {}) });
  await sql.run('UPDATE ingested SET case_id = ?, message_id = ? WHERE channel = ? AND external_id = ?',
    arrived.caseId, arrived.messageId, message.channel, message.externalId);
  return { ...arrived, duplicate: false };
}

/** The customer's latest case through this account on this channel, unless it was resolved too long ago. */
async function caseToJoin(sql: Sql, channel: string, handle: string, now: string): Promise<string | undefined> {
  const since = new Date(Date.parse(now) - FOLLOW_UP_DAYS * 86_400_000).toISOString();
  const found = await sql.row<{ id: string }>(
    `SELECT c.id FROM cases c JOIN identities i ON i.id = c.identity_id
     WHERE i.channel = ? AND i.handle = ? AND c.channel = ? AND (c.status <> 'resolved' OR c.updated_at >= ?)
     ORDER BY c.updated_at DESC, c.number DESC LIMIT 1`, channel, handle, channel, since);
  return found?.id;
}

/** The connector's key, compared in constant time; no key configured, no ingest. */
function checkKey(expected: string | undefined, given: string | undefined): void {
  if (!expected) throw new HttpError(404, 'ingest_disabled', 'This server takes no channel messages: set ATIENDE_INGEST_KEY to turn the ingest API on');
  const [a, b] = [Buffer.from(expected), Buffer.from(given ?? '')];
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, 'bad_ingest_key', 'The ingest API needs its key as a bearer token');
}
