// Server rows → wire payloads, on either engine. The server answers with exactly what
// src/protocol accepts: each enumerated and JSON column is read through the wire's own schema
// (columns.ts), so a damaged row fails naming its table and column instead of reaching the
// consoles. Lists (a customer's merges, a derivation's recipients) are read as rows of their own
// and joined here, since the engines build JSON in SQL differently.
import { z } from 'zod';
import {
  type Entity, MessageDecision, WireAgent, WireArticle, WireBlockedSender, WireCase, WireCoachingNote, WireCoachingObjective, WireCustomer, type WireData, WireIdentity, WireMessage, WireQaReview, WireSetting,
  WireTemplate, WireListeningPost,
} from '../protocol/entities.ts';
import { WireQaPack } from '../protocol/qa.ts';
import { CaseDerivation } from '../shared/derivation/derivation.ts';
import { CASE_ROUTING_RULES } from '../shared/routing/route.ts';
import { RowReader, type Row } from './columns.ts';
import type { Sql } from './store/sql.ts';

const nullableInt = z.int().nullable();
const RoutingRuleKind = z.enum(CASE_ROUTING_RULES);

/** A linked case, named by id and number; null when the link or its case is gone. */
function link(r: RowReader, idColumn: string, numberColumn: string): WireData<'case'>['continues'] {
  const caseId = r.textOrNull(idColumn);
  const number = r.as(numberColumn, nullableInt);
  return caseId === null || number === null ? null : { caseId, number };
}

/** The case's latest derivation, joined from derivations; null when it was never derived. */
function derivation(r: RowReader): WireData<'case'>['derivation'] {
  const to = r.textOrNull('derivation_to');
  if (to === null) return null;
  return {
    to, state: r.as('derivation_state', CaseDerivation.shape.state), note: r.text('derivation_note'),
    by: r.text('derivation_by'), recipients: r.as('derivation_recipients', CaseDerivation.shape.recipients),
  };
}

/** How the case was routed; null when no rule gave it out. */
function routing(r: RowReader): WireData<'case'>['routing'] {
  const reason = r.textOrNull('routing_reason');
  const rule = r.as('routing_rule', RoutingRuleKind.nullable());
  return rule === null || reason === null ? null : { rule, reason };
}

/** The agent's decision on a message, joined from message_decisions; null when there is none. */
function decision(r: RowReader): WireData<'message'>['decision'] {
  const by = r.textOrNull('decision_by');
  const at = r.textOrNull('decision_at');
  if (by === null || at === null) return null;
  return { type: r.as('decision_type', MessageDecision.shape.type), restored: r.int('decision_restored') === 1, by, at };
}

/** The company's like on a message, joined from message_reactions (or its post's, reactions); null when it has none. */
function liked(r: RowReader): WireData<'message'>['liked'] {
  const by = r.textOrNull('liked_by');
  const at = r.textOrNull('liked_at');
  return by === null || at === null ? null : { by, at };
}

/**
 * `sql` reads the rows when they need more than their own table (a linked case's number), `key`
 * naming their id in it; `lists` reads the lists each row holds, added to it under its name
 * before it is converted: rows whose `owner` is the row's id, or with `values` the values of
 * their one other column. `sql` and a list's text end where the ids asked for are filtered.
 */
interface Conversion<E extends Entity> {
  table: string;
  key: string;
  sql?: string;
  lists?: Record<string, { sql: (owners: string) => string; values?: true }>;
  to: (r: RowReader) => WireData<E>;
}

const CONVERT: { [E in Entity]: Conversion<E> } = {
  agent: {
    table: 'users',
    key: 'username',
    to: (r) => ({
      username: r.text('username'),
      name: r.text('name'),
      role: r.as('role', WireAgent.shape.role),
      team: r.textOrNull('team'),
      hiredAt: r.as('hired_at', WireAgent.shape.hiredAt),
      supervises: r.json('supervises', WireAgent.shape.supervises),
      routed: r.int('routed') === 1,
    }),
  },
  customer: {
    table: 'customers',
    key: 'id',
    lists: {
      merges: {
        sql: (owners) => `SELECT m.survivor_id AS owner, m.id AS "mergeId", m.kind, m.merged_id AS "mergedId", o.name AS "mergedName", m.by, m.at
          FROM customer_merges m JOIN customers o ON o.id = m.merged_id WHERE m.undone_at IS NULL AND m.survivor_id ${owners}`,
      },
    },
    to: (r) => ({
      name: r.text('name'),
      segment: r.as('segment', WireCustomer.shape.segment),
      followers: r.int('followers'),
      publicFigure: r.int('public_figure') === 1,
      location: r.textOrNull('location'),
      language: r.as('language', WireCustomer.shape.language),
      notes: r.textOrNull('notes'),
      merges: r.as('merges', WireCustomer.shape.merges).sort((a, b) => b.at.localeCompare(a.at)),
    }),
  },
  identity: {
    table: 'identities',
    key: 'id',
    to: (r) => ({
      customerId: r.text('customer_id'),
      channel: r.as('channel', WireIdentity.shape.channel),
      handle: r.text('handle'),
      validated: r.int('validated') === 1,
    }),
  },
  case: {
    table: 'cases',
    key: 'c.id',
    sql: `SELECT c.*, p.number AS continues_number, n.number AS continued_in_number,
            d.to_ref AS derivation_to, d.state AS derivation_state, coalesce(d.answer, d.note) AS derivation_note, d.by_agent AS derivation_by
          FROM cases c
          LEFT JOIN cases p ON p.id = c.continues LEFT JOIN cases n ON n.id = c.continued_in
          LEFT JOIN derivations d ON d.id = (SELECT id FROM derivations WHERE case_id = c.id ORDER BY seq DESC LIMIT 1)`,
    lists: {
      // The recipients of the case's latest derivation.
      derivation_recipients: {
        sql: (owners) => `SELECT d.case_id AS owner, r.username FROM derivations d JOIN derivation_recipients r ON r.derivation_id = d.id
          WHERE d.seq = (SELECT max(seq) FROM derivations l WHERE l.case_id = d.case_id) AND d.case_id ${owners} ORDER BY r.username`,
        values: true,
      },
    },
    to: (r) => ({
      number: r.int('number'),
      customerId: r.text('customer_id'),
      channel: r.as('channel', WireCase.shape.channel),
      subject: r.text('subject'),
      status: r.as('status', WireCase.shape.status),
      assignedTo: r.textOrNull('assigned_to'),
      priority: r.as('priority', WireCase.shape.priority),
      language: r.as('language', WireCase.shape.language),
      reason: r.as('reason', WireCase.shape.reason),
      resolution: r.as('resolution', WireCase.shape.resolution),
      messageType: r.as('message_type', WireCase.shape.messageType),
      createdAt: r.text('created_at'),
      updatedAt: r.text('updated_at'),
      waitingSince: r.textOrNull('waiting_since'),
      movedTo: r.as('moved_to', WireCase.shape.movedTo),
      continues: link(r, 'continues', 'continues_number'),
      continuedIn: link(r, 'continued_in', 'continued_in_number'),
      identityId: r.textOrNull('identity_id'),
      product: r.textOrNull('product'),
      peerAnswered: r.int('peer_answered') === 1,
      callAvoided: r.int('call_avoided') === 1,
      recontact: r.as('recontact', WireCase.shape.recontact),
      derivation: derivation(r),
      routing: routing(r),
    }),
  },
  message: {
    table: 'messages',
    key: 'm.id',
    sql: `SELECT m.*, d.type AS decision_type, d.restored AS decision_restored, d.by AS decision_by, d.at AS decision_at,
            CASE WHEN EXISTS (SELECT 1 FROM csat_surveys s WHERE s.answer_message_id = m.id) THEN 1 ELSE 0 END AS csat_answer,
            coalesce(l.username, p.username) AS liked_by, coalesce(l.at, p.at) AS liked_at
          FROM messages m LEFT JOIN message_decisions d ON d.message_id = m.id LEFT JOIN message_reactions l ON l.message_id = m.id
            LEFT JOIN reactions p ON p.post_id = m.post_id`,
    to: (r) => ({
      caseId: r.text('case_id'),
      kind: r.as('kind', WireMessage.shape.kind),
      author: r.text('author'),
      text: r.text('text'),
      sentAt: r.text('sent_at'),
      state: r.as('state', WireMessage.shape.state),
      autoReplyKey: r.textOrNull('auto_reply_key'),
      promo: r.textOrNull('promo'),
      decision: decision(r),
      csatAnswer: r.int('csat_answer') === 1,
      liked: liked(r),
    }),
  },
  template: {
    table: 'templates',
    key: 'id',
    to: (r) => ({
      title: r.text('title'),
      shortcut: r.textOrNull('shortcut'),
      language: r.as('language', WireTemplate.shape.language),
      channels: r.jsonOrNull('channels', WireTemplate.shape.channels),
      team: r.textOrNull('team'),
      body: r.text('body'),
      updatedAt: r.text('updated_at'),
      owner: r.textOrNull('owner'),
    }),
  },
  article: {
    table: 'articles',
    key: 'id',
    to: (r) => ({
      title: r.text('title'),
      summary: r.text('summary'),
      body: r.text('body'),
      tags: r.json('tags', WireArticle.shape.tags),
      language: r.as('language', WireArticle.shape.language),
      updatedAt: r.text('updated_at'),
      revision: r.as('revision', nullableInt) ?? 1,
      url: r.textOrNull('url'),
    }),
  },
  customer_note: {
    table: 'customer_notes',
    key: 'id',
    to: (r) => ({
      customerId: r.text('customer_id'),
      author: r.text('author'),
      authorName: r.text('author_name'),
      text: r.text('text'),
      createdAt: r.text('created_at'),
    }),
  },
  setting: {
    table: 'settings',
    key: 'id',
    to: (r) => ({ value: r.json('value', WireSetting.shape.value) }),
  },
  qa_review: {
    table: 'qa_reviews',
    key: 'id',
    to: (r) => r.json('data', WireQaReview),
  },
  blocked_sender: {
    table: 'blocked_senders',
    key: 'id',
    to: (r) => ({
      channel: r.as('channel', WireBlockedSender.shape.channel),
      handle: r.text('handle'),
      reason: r.text('reason'),
      blockedBy: r.text('blocked_by'),
      blockedAt: r.text('blocked_at'),
    }),
  },
  qa_pack: {
    table: 'qa_packs',
    key: 'id',
    to: (r) => r.json('data', WireQaPack),
  },
  coaching_objective: {
    table: 'coaching_objectives',
    key: 'id',
    to: (r) => r.json('data', WireCoachingObjective),
  },
  coaching_note: {
    table: 'coaching_notes',
    key: 'id',
    to: (r) => r.json('data', WireCoachingNote),
  },
  listening_post: {
    table: 'listening_posts',
    key: 'id',
    to: (r) => r.json('data', WireListeningPost),
  },
};

/** The rows of `entity` with these ids as the wire has them, by id; an id with no row is left out. */
export async function toWireMany<E extends Entity>(sql: Sql, entity: E, ids: readonly string[]): Promise<Map<string, WireData<E>>> {
  const { table, key, sql: text, lists, to } = CONVERT[entity] as Conversion<E>;
  const wanted = JSON.stringify(ids);
  const owners = `IN (SELECT value FROM ${sql.jsonEach('?')})`;
  const rows = await sql.rows<Row>(`${text ?? `SELECT * FROM ${table}`} WHERE ${key} ${owners}`, wanted);
  const byId = new Map(rows.map((row) => [String(row[key.replace(/^\w+\./, '')]), row]));
  for (const [name, list] of Object.entries(lists ?? {})) {
    for (const row of byId.values()) row[name] = [];
    for (const { owner, ...item } of await sql.rows<Row & { owner: string }>(list.sql(owners), wanted)) {
      (byId.get(owner)?.[name] as unknown[] | undefined)?.push(list.values ? Object.values(item)[0] : item);
    }
  }
  const wire = new Map<string, WireData<E>>();
  for (const [id, row] of byId) wire.set(id, to(new RowReader(table, row)));
  return wire;
}

export async function toWire<E extends Entity>(sql: Sql, entity: E, id: string): Promise<WireData<E> | undefined> {
  return (await toWireMany(sql, entity, [id])).get(id);
}
