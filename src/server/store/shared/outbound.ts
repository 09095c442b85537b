import type { Outbound } from '../repositories.ts';
import type { Sql } from '../sql.ts';

const jsonOrNull = (value: unknown[] | undefined): string | null => (value?.length ? JSON.stringify(value) : null);

export const outbound = (sql: Sql): Outbound => ({
  record: async (d) => {
    // To the account the customer wrote from, never to another one their record gained since.
    const to = (await sql.row<{ handle: string }>('SELECT handle FROM identities WHERE id = ?', d.identityId ?? ''))?.handle ?? null;
    await sql.run(`INSERT INTO outbound (case_id, channel, text, kind, mutation_id, client_id, username, sent_at, templates, articles, to_handle)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    d.caseId, d.channel, d.text, d.kind, d.mutationId, d.clientId, d.username, d.sentAt, jsonOrNull(d.templates), jsonOrNull(d.articles), to);
  },
});
