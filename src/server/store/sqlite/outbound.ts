import type { Outbound } from '../repositories.ts';
import type { SandboxDb } from '../../schema.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

const jsonOrNull = (value: unknown[] | undefined): string | null => (value?.length ? JSON.stringify(value) : null);

export const sqliteOutbound = (db: SandboxDb): Sync<Outbound> => ({
  record: (d) => {
    // To the account the customer wrote from, never to another one their record gained since.
    const to = row<{ handle: string }>(db, 'SELECT handle FROM identities WHERE id = ?', d.identityId ?? '')?.handle ?? null;
    run(db, `INSERT INTO outbound (case_id, channel, text, kind, mutation_id, client_id, username, sent_at, templates, articles, to_handle)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    d.caseId, d.channel, d.text, d.kind, d.mutationId, d.clientId, d.username, d.sentAt, jsonOrNull(d.templates), jsonOrNull(d.articles), to);
  },
});
