// Derivations on SQLite: one row per derivation and one per person who may answer it.
import type { SandboxDb } from '../../schema.ts';
import type { Derivations } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { exists, row, rows, run } from './sql.ts';

export const sqliteDerivations = (db: SandboxDb): Sync<Derivations> => ({
  exists: (derivationId) => exists(db, 'SELECT 1 FROM derivations WHERE id = ?', derivationId),
  open: (caseId) => {
    const found = row<{ id: string; to: string; byAgent: string }>(db,
      "SELECT id, to_ref AS \"to\", by_agent AS byAgent FROM derivations WHERE case_id = ? AND state = 'derived' ORDER BY seq DESC LIMIT 1", caseId);
    if (!found) return undefined;
    const recipients = rows<{ username: string }>(db, 'SELECT username FROM derivation_recipients WHERE derivation_id = ? ORDER BY username', found.id);
    return { ...found, recipients: recipients.map((r) => r.username) };
  },
  create: (d) => {
    const seq = (row<{ n: number }>(db, 'SELECT coalesce(max(seq), 0) + 1 AS n FROM derivations') ?? { n: 1 }).n;
    run(db, `INSERT INTO derivations (id, seq, case_id, by_agent, to_ref, note, reason, state, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'derived', ?, ?)`, d.id, seq, d.caseId, d.byAgent, d.to, d.note, d.reason, d.at, d.at);
    for (const username of new Set(d.recipients)) run(db, 'INSERT INTO derivation_recipients (derivation_id, username) VALUES (?, ?)', d.id, username);
  },
  close: (derivationId, { state, answer, by, at }) => void run(db,
    'UPDATE derivations SET state = ?, answer = ?, answered_by = ?, updated_at = ? WHERE id = ?', state, answer, by, at, derivationId),
});
