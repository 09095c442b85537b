// Sandbox rows → wire payloads. The sandbox answers with exactly what src/protocol accepts.
import type { Entity, WireData } from '../protocol/entities.ts';
import type { SandboxDb } from './schema.ts';
import { prepared } from './prepared.ts';

type Row = Record<string, unknown>;
const str = (v: unknown): string => v as string;
const strOrNull = (v: unknown): string | null => (v === null ? null : (v as string));

const link = (caseId: unknown, number: unknown) =>
  caseId === null || number === null ? null : { caseId: str(caseId), number: number as number };

/** `sql` reads the row when it needs more than its own table (a linked case's number). */
const CONVERT: { [E in Entity]: { table: string; key: string; sql?: string; to: (r: Row) => WireData<E> } } = {
  agent: {
    table: 'users',
    key: 'username',
    to: (r) => ({ username: str(r.username), name: str(r.name), role: r.role as WireData<'agent'>['role'], team: strOrNull(r.team) }),
  },
  customer: {
    table: 'customers',
    key: 'id',
    sql: `SELECT c.*, (SELECT json_group_array(json_object('mergeId', m.id, 'kind', m.kind, 'mergedId', m.merged_id,
            'mergedName', o.name, 'by', m.by, 'at', m.at))
          FROM customer_merges m JOIN customers o ON o.id = m.merged_id WHERE m.survivor_id = c.id AND m.undone_at IS NULL) AS merges
          FROM customers c WHERE c.id = ?`,
    to: (r) => ({
      name: str(r.name),
      segment: r.segment as WireData<'customer'>['segment'],
      followers: r.followers as number,
      publicFigure: r.public_figure === 1,
      location: strOrNull(r.location),
      language: r.language as WireData<'customer'>['language'],
      notes: strOrNull(r.notes),
      merges: (JSON.parse(str(r.merges)) as WireData<'customer'>['merges']).sort((a, b) => b.at.localeCompare(a.at)),
    }),
  },
  identity: {
    table: 'identities',
    key: 'id',
    to: (r) => ({
      customerId: str(r.customer_id),
      channel: r.channel as WireData<'identity'>['channel'],
      handle: str(r.handle),
      validated: r.validated === 1,
    }),
  },
  case: {
    table: 'cases',
    key: 'id',
    sql: `SELECT c.*, p.number AS continues_number, n.number AS continued_in_number FROM cases c
          LEFT JOIN cases p ON p.id = c.continues LEFT JOIN cases n ON n.id = c.continued_in WHERE c.id = ?`,
    to: (r) => ({
      number: r.number as number,
      customerId: str(r.customer_id),
      channel: r.channel as WireData<'case'>['channel'],
      subject: str(r.subject),
      status: r.status as WireData<'case'>['status'],
      assignedTo: strOrNull(r.assigned_to),
      priority: r.priority as WireData<'case'>['priority'],
      language: r.language as WireData<'case'>['language'],
      reason: r.reason as WireData<'case'>['reason'],
      resolution: r.resolution as WireData<'case'>['resolution'],
      messageType: r.message_type as WireData<'case'>['messageType'],
      createdAt: str(r.created_at),
      updatedAt: str(r.updated_at),
      waitingSince: strOrNull(r.waiting_since),
      movedTo: r.moved_to as WireData<'case'>['movedTo'],
      continues: link(r.continues, r.continues_number),
      continuedIn: link(r.continued_in, r.continued_in_number),
      identityId: strOrNull(r.identity_id),
    }),
  },
  message: {
    table: 'messages',
    key: 'id',
    to: (r) => ({
      caseId: str(r.case_id),
      kind: r.kind as WireData<'message'>['kind'],
      author: str(r.author),
      text: str(r.text),
      sentAt: str(r.sent_at),
      state: r.state as WireData<'message'>['state'],
      autoReplyKey: strOrNull(r.auto_reply_key),
      promo: strOrNull(r.promo),
    }),
  },
  template: {
    table: 'templates',
    key: 'id',
    to: (r) => ({
      title: str(r.title),
      shortcut: strOrNull(r.shortcut),
      language: r.language as WireData<'template'>['language'],
      channels: r.channels === null ? null : (JSON.parse(str(r.channels)) as WireData<'template'>['channels']),
      team: strOrNull(r.team),
      body: str(r.body),
      updatedAt: str(r.updated_at),
      owner: strOrNull(r.owner),
    }),
  },
  article: {
    table: 'articles',
    key: 'id',
    to: (r) => ({
      title: str(r.title),
      summary: str(r.summary),
      body: str(r.body),
      tags: JSON.parse(str(r.tags)) as string[],
      language: r.language as WireData<'article'>['language'],
      updatedAt: str(r.updated_at),
      revision: (r.revision as number | null) ?? 1,
      url: strOrNull(r.url),
    }),
  },
  customer_note: {
    table: 'customer_notes',
    key: 'id',
    to: (r) => ({
      customerId: str(r.customer_id),
      author: str(r.author),
      authorName: str(r.author_name),
      text: str(r.text),
      createdAt: str(r.created_at),
    }),
  },
  setting: {
    table: 'settings',
    key: 'id',
    to: (r) => ({ value: JSON.parse(str(r.value)) as WireData<'setting'>['value'] }),
  },
  blocked_sender: {
    table: 'blocked_senders',
    key: 'id',
    to: (r) => ({
      channel: r.channel as WireData<'blocked_sender'>['channel'],
      handle: str(r.handle),
      reason: str(r.reason),
      blockedBy: str(r.blocked_by),
      blockedAt: str(r.blocked_at),
    }),
  },
};

export function toWire<E extends Entity>(db: SandboxDb, entity: E, id: string): WireData<E> | undefined {
  const { table, key, sql, to } = CONVERT[entity];
  const row = prepared<[string], Row>(db, sql ?? `SELECT * FROM ${table} WHERE ${key} = ?`).get(id);
  return row === undefined ? undefined : to(row);
}
