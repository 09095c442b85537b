// A trainee's Transcript (src/shared/classes/transcript.ts), read from their own store: the cases
// the class opened (never the seed's history), each message in scenario time with its author's
// username and the templates and articles the reply came from, and the steps as fired.
import { sourceRefs } from '../../protocol/fields.ts';
import type { Transcript, TranscriptCase, TranscriptMessage } from '../../shared/classes/transcript.ts';
import { isPublicChannel } from '../../shared/channels.ts';
import type { CaseStatus, Channel, ContactReason, MessageType } from '../../shared/domain.ts';
import { jsonColumn } from '../columns.ts';
import { prepared } from '../prepared.ts';
import { COMPANY_META, meta } from '../schema.ts';
import type { FiredRow } from './registry.ts';
import type { LiveClass, LiveTrainee } from './runner.ts';

interface CaseRow {
  id: string; number: number; channel: Channel; customer: string; createdAt: string; status: CaseStatus;
  reason: ContactReason | null; messageType: MessageType | null; assignedTo: string | null; movedTo: Channel | null;
}
interface MessageRow { id: string; kind: string; author: string; text: string; sentAt: string }
interface OutboundRow { text: string; sentAt: string; username: string | null; templates: string | null; articles: string | null }

export interface TranscriptInput {
  live: LiveClass;
  trainee: LiveTrainee;
  /** What fired for this trainee (and the whole class). */
  fired: FiredRow[];
  /** The seed's teams: a signature with one is not a person's. */
  teams: string[];
}

export function buildTranscript({ live, trainee, fired, teams }: TranscriptInput): Transcript {
  const { db } = trainee.world;
  const startsAt = new Date(live.clock.startsAt).toISOString();
  // By name only for a message no outbound row vouches for, and only a name one user holds: a trainee may be named like the colleague.
  const users = prepared<[], { username: string; name: string }>(db, 'SELECT username, name FROM users').all();
  const usernames = new Map(users.filter((u) => users.filter((v) => v.name === u.name).length === 1).map((u) => [u.name, u.username]));
  const stepOfCase = new Map<string, string>();
  for (const f of fired) if (f.kind === 'step' && f.caseId !== null && !stepOfCase.has(f.caseId)) stepOfCase.set(f.caseId, f.stepId);
  const firedStep = new Map(fired.filter((f) => f.kind === 'step' || f.kind === 'clock').map((f) => [f.stepId, f]));

  const cases = prepared<[string], CaseRow>(db, `SELECT c.id, c.number, c.channel, cu.name AS customer, c.created_at AS createdAt, c.status,
      c.reason, c.message_type AS messageType, c.assigned_to AS assignedTo, c.moved_to AS movedTo
    FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE c.created_at >= ? ORDER BY c.number`).all(startsAt);

  return {
    trainee: { username: trainee.username, name: trainee.name },
    language: live.script.language,
    company: meta(db, COMPANY_META) ?? '',
    teams,
    always: live.script.always,
    steps: live.script.steps.map((step) => ({
      id: step.id,
      caseId: firedStep.get(step.id)?.caseId ?? null,
      firedAt: firedStep.get(step.id)?.at ?? null,
      expect: step.kind === 'message' ? step.expect : [],
    })),
    cases: cases.map((c): TranscriptCase => ({
      caseId: c.id,
      number: c.number,
      channel: c.channel,
      customer: c.customer,
      step: stepOfCase.get(c.id) ?? null,
      openedAt: c.createdAt,
      status: c.status,
      reason: c.reason,
      messageType: c.messageType,
      classifiedAt: firstClassified(trainee, c.id),
      resolvedAt: c.status === 'resolved' ? lastResolved(trainee, c.id) : null,
      assignedTo: c.assignedTo,
      movedTo: c.movedTo,
      messages: messagesOf(trainee, c, usernames),
    })),
    now: live.clock.now().toISOString(),
    finished: live.clock.state === 'finished',
  };
}

/** When the case first got a reason, as set_status recorded it in the same transaction (a reason and a resolution pushed together share their moment). */
function firstClassified(trainee: LiveTrainee, caseId: string): string | null {
  return prepared<[string], { at: string }>(trainee.world.db,
    "SELECT at FROM case_events WHERE case_id = ? AND kind = 'classified' ORDER BY id LIMIT 1").get(caseId)?.at ?? null;
}

function lastResolved(trainee: LiveTrainee, caseId: string): string | null {
  return prepared<[string], { at: string }>(trainee.world.db,
    "SELECT at FROM case_events WHERE case_id = ? AND kind = 'status' AND data ->> '$.to' = 'resolved' ORDER BY id DESC LIMIT 1").get(caseId)?.at ?? null;
}

function messagesOf(trainee: LiveTrainee, c: CaseRow, usernames: Map<string, string>): TranscriptMessage[] {
  const { db } = trainee.world;
  const rows = prepared<[string], MessageRow>(db, 'SELECT id, kind, author, text, sent_at AS sentAt FROM messages WHERE case_id = ? ORDER BY sent_at, rowid').all(c.id);
  const sent = prepared<[string], OutboundRow>(db, 'SELECT text, sent_at AS sentAt, username, templates, articles FROM outbound WHERE case_id = ? ORDER BY id').all(c.id);
  const outboundOf = (m: MessageRow) => sent.find((o) => o.text === m.text && o.sentAt === m.sentAt);
  const sourcesOf = (m: MessageRow, column: 'templates' | 'articles'): string[] => {
    const out = outboundOf(m)?.[column] ?? null;
    return out === null ? [] : jsonColumn(sourceRefs, out, `outbound.${column}`).map((s) => s.id);
  };
  return rows.map((m) => {
    const from = m.kind === 'customer' ? 'customer' : m.kind === 'reply' ? 'agent' : 'engine';
    return {
      id: m.id,
      at: m.sentAt,
      from,
      // The message keeps its author's name; the outbound row, who sent it.
      author: from === 'agent' ? (outboundOf(m)?.username ?? usernames.get(m.author) ?? m.author) : null,
      channel: c.channel,
      public: isPublicChannel(c.channel),
      text: m.text,
      templates: from === 'agent' ? sourcesOf(m, 'templates') : [],
      articles: from === 'agent' ? sourcesOf(m, 'articles') : [],
    };
  });
}
