// Derivations: one row per derivation and one per person who may answer it.
import type { Derivations } from '../repositories.ts';
import { exists, type Sql, write } from '../sql.ts';

/** Derivations are numbered in the order they were made; on PostgreSQL by the sequence derivation_seqs (Sql.nextNumber). */
const NEXT_SEQ = 'SELECT coalesce(max(seq), 0) + 1 AS n FROM derivations';

export const derivations = (sql: Sql): Derivations => ({
  exists: (derivationId) => exists(sql, 'SELECT 1 FROM derivations WHERE id = ?', derivationId),
  open: async (caseId) => {
    const found = await sql.row<{ id: string; to: string; byAgent: string }>(
      "SELECT id, to_ref AS \"to\", by_agent AS \"byAgent\" FROM derivations WHERE case_id = ? AND state = 'derived' ORDER BY seq DESC LIMIT 1", caseId);
    if (!found) return undefined;
    const recipients = await sql.rows<{ username: string }>('SELECT username FROM derivation_recipients WHERE derivation_id = ? ORDER BY username', found.id);
    return { ...found, recipients: recipients.map((r) => r.username) };
  },
  create: async (d) => {
    const seq = await sql.nextNumber('derivation_seqs', NEXT_SEQ);
    await sql.run(`INSERT INTO derivations (id, seq, case_id, by_agent, to_ref, note, reason, state, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'derived', ?, ?)`, d.id, seq, d.caseId, d.byAgent, d.to, d.note, d.reason, d.at, d.at);
    for (const username of new Set(d.recipients)) await sql.run('INSERT INTO derivation_recipients (derivation_id, username) VALUES (?, ?)', d.id, username);
  },
  close: (derivationId, { state, answer, by, at }) => write(sql,
    'UPDATE derivations SET state = ?, answer = ?, answered_by = ?, updated_at = ? WHERE id = ?', state, answer, by, at, derivationId),
});
