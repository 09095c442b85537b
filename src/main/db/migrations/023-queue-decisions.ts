import { randomUUID } from 'node:crypto';
import type { Migration } from './index.ts';

// Types chosen and messages restored before 018 were never sent, and the server knows nothing of
// them: a full resync would put the server's (none) back. Each is queued now as the synced change
// it would be today (`set_message_type`, `restore_message`), on the case's version, so it reaches
// the server and every console holding the case; a refusal puts back what the server has, as for
// any change. A message that already has a change in the outbox, or a decision from the server,
// is left alone.
export const m023QueueDecisions: Migration = {
  version: 23,
  name: '023-queue-decisions',
  up(db) {
    const untouched = `NOT EXISTS (SELECT 1 FROM outbox o WHERE o.name = ? AND json_valid(o.args) AND json_extract(o.args, '$.messageId') = t.message_id)`;
    const types = db.prepare<[string], { messageId: string; caseId: string; type: string; version: number }>(
      `SELECT t.message_id AS messageId, t.case_id AS caseId, t.type_override AS type, c.version
       FROM message_triage t JOIN messages m ON m.id = t.message_id JOIN cases c ON c.id = t.case_id
       WHERE t.type_override IS NOT NULL AND m.decision_type IS NULL AND ${untouched} ORDER BY t.rowid`,
    ).all('set_message_type');
    const restores = db.prepare<[string], { messageId: string; caseId: string; version: number }>(
      `SELECT t.message_id AS messageId, t.case_id AS caseId, c.version
       FROM message_triage t JOIN messages m ON m.id = t.message_id JOIN cases c ON c.id = t.case_id
       WHERE t.restored = 1 AND m.decision_restored = 0 AND ${untouched} ORDER BY t.rowid`,
    ).all('restore_message');
    const append = db.prepare('INSERT INTO outbox (id, name, args, base_version, created_at) VALUES (?, ?, ?, ?, ?)');
    const at = new Date().toISOString();
    for (const d of types) append.run(randomUUID(), 'set_message_type', JSON.stringify({ caseId: d.caseId, messageId: d.messageId, type: d.type }), d.version, at);
    for (const d of restores) append.run(randomUUID(), 'restore_message', JSON.stringify({ caseId: d.caseId, messageId: d.messageId }), d.version, at);
  },
};
