// The delivery log: every message the sandbox "delivered" to a customer, and which console caused
// it, so a trainer or a test can tell a message went out once, or never.
import { prepared } from './prepared.ts';
import type { SandboxDb } from './schema.ts';

export interface Delivery {
  caseId: string;
  channel: string;
  /** The identity the customer wrote through: the message goes to its handle. */
  identityId: string | null;
  text: string;
  kind: 'reply' | 'move_to_private' | 'auto_reply';
  mutationId: string;
  clientId: string;
  username: string;
  sentAt: string;
  templates?: unknown[] | undefined;
  articles?: unknown[] | undefined;
}

/** Who caused a delivery: the console (client id), its agent and the mutation. */
export type Sender = Pick<Delivery, 'mutationId' | 'clientId' | 'username'>;

export function recordDelivery(db: SandboxDb, d: Delivery): void {
  // To the account the customer wrote from, never to another one their record gained since.
  const to = prepared<[string], { handle: string }>(db, 'SELECT handle FROM identities WHERE id = ?').get(d.identityId ?? '')?.handle ?? null;
  prepared(db, `INSERT INTO outbound (case_id, channel, text, kind, mutation_id, client_id, username, sent_at, templates, articles, to_handle)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(d.caseId, d.channel, d.text, d.kind, d.mutationId, d.clientId, d.username, d.sentAt, jsonOrNull(d.templates), jsonOrNull(d.articles), to);
}

const jsonOrNull = (value: unknown[] | undefined): string | null => (value?.length ? JSON.stringify(value) : null);
