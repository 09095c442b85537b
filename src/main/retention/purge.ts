// Retention: what customers wrote leaves the cache a set number of days after their case was
// resolved, and a reply's text leaves the outbox a set number of days after the server answered
// it, both measured by the server's clock (the last pull's `serverNow`), never by this laptop's.
// One transaction; then the full-text index is merged (a deleted row's words otherwise stay in
// its older segments) and the WAL truncated, so with `secure_delete` the text leaves the bytes.
import type { Store } from '../db/store.ts';
import type { Retention } from '../../shared/retention.ts';
import { protectedCaseIds } from './protected.ts';

export interface Purged {
  /** Cases whose customer text was removed now. */
  cases: string[];
  /** Outbox rows whose arguments were removed now. */
  outbox: number;
}

const DAY_MS = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY_MS).toISOString();

/** Purges what is past its limit by `serverNow`; nothing when the server's time is unknown. */
export function purgeExpired(store: Store, agent: string, retention: Retention, serverNow: string | null): Purged {
  if (serverNow === null || Number.isNaN(Date.parse(serverNow))) return { cases: [], outbox: 0 };
  const { db } = store;
  const purged = store.transaction((): Purged => {
    const keep = protectedCaseIds(store, agent);
    // A resolved case's `updated_at` is its resolution or later: never purged early.
    const cases = db
      .prepare<[string], { id: string }>(
        `SELECT id FROM cases WHERE status = 'resolved' AND updated_at < ?
           AND (purged_at IS NULL OR subject <> '' OR EXISTS (SELECT 1 FROM messages m WHERE m.case_id = cases.id AND m.version > 0))`,
      )
      .all(daysBefore(serverNow, retention.textDays))
      .map((r) => r.id)
      .filter((id) => !keep.has(id));
    if (cases.length > 0) purgeCases(store, cases, serverNow);
    const outbox = db
      .prepare(
        `UPDATE outbox SET args = 'null', args_purged_at = @now
         WHERE status <> 'pending' AND args_purged_at IS NULL
           AND (settled_server_at < @cutoff
                OR (json_valid(args) AND json_extract(args, '$.caseId') IN (SELECT id FROM cases WHERE purged_at IS NOT NULL)))`,
      )
      .run({ now: serverNow, cutoff: daysBefore(serverNow, retention.outboxDays) }).changes;
    if (cases.length > 0 || outbox > 0) db.exec("INSERT INTO messages_fts(messages_fts) VALUES ('optimize')");
    return { cases, outbox };
  });
  // Old pages of the WAL still hold the text until it is checkpointed and cut.
  if (purged.cases.length > 0 || purged.outbox > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return purged;
}

function purgeCases(store: Store, ids: string[], serverNow: string): void {
  const { db } = store;
  const list = JSON.stringify(ids);
  const each = `(SELECT value FROM json_each(@list))`;
  // The agent's own unsent reply (version 0) stays until the server answers it.
  db.prepare(`DELETE FROM messages WHERE case_id IN ${each} AND version > 0`).run({ list });
  db.prepare(`DELETE FROM message_triage WHERE case_id IN ${each}`).run({ list });
  db.prepare(`UPDATE case_triage SET reasons = '[]' WHERE case_id IN ${each}`).run({ list });
  db.prepare(`DELETE FROM drafts WHERE case_id IN ${each}`).run({ list });
  db.prepare(`UPDATE cases SET subject = '', purged_at = coalesce(purged_at, @now) WHERE id IN ${each}`).run({ list, now: serverNow });
  // Notes on a customer go with their last case that still holds text.
  const gone = `SELECT customer_id FROM cases WHERE id IN ${each} AND customer_id NOT IN (SELECT customer_id FROM cases WHERE purged_at IS NULL)`;
  db.prepare(`DELETE FROM customer_notes WHERE version > 0 AND customer_id IN (${gone})`).run({ list });
  db.prepare(`UPDATE customers SET notes = NULL WHERE id IN (${gone})`).run({ list });
}
