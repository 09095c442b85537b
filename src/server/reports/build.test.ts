// One day of a small operation, written straight into a real SQLite store (presence, surveys
// and QA reviews as the pieces that record them store them), and its report checked figure by
// figure against the values docs/metrics.md's formulas give by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSandboxDb, type SandboxDb } from '../schema.ts';
import { SqliteStore } from '../store/sqlite-store.ts';
import { audienceOf } from './audience.ts';
import { operationReport, reportCases, reportSnapshots } from './build.ts';

const DAY = { from: '2030-01-07T00:00:00.000Z', to: '2030-01-08T00:00:00.000Z' };
const AS_OF = new Date(DAY.to);
const t = (hhmm: string) => `2030-01-07T${hhmm}:00.000Z`;

let db: SandboxDb;
let store: SqliteStore;

function seed() {
  const sql = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
  sql(`INSERT INTO users (username, name, role, team, password, version, supervises) VALUES
    ('lucia', 'Lucía', 'agent', 'soporte', 'x', 1, '[]'), ('mateo', 'Mateo', 'agent', 'ventas', 'x', 1, '[]'),
    ('sofia', 'Sofía', 'supervisor', NULL, 'x', 1, '["soporte","ventas"]'), ('valeria', 'Valeria', 'supervisor', NULL, 'x', 1, '["soporte"]'),
    ('diego', 'Diego', 'trainer', NULL, 'x', 1, '[]')`);
  sql("INSERT INTO customers (id, name, segment, followers, public_figure, language, version) VALUES ('cus', 'Ana', 'standard', 0, 0, 'es', 1)");
  sql(`INSERT INTO identities VALUES ('id-wa', 'cus', 'whatsapp', '+5491100000001', 1, 1), ('id-mail', 'cus', 'email', 'ana@example.com', 1, 1),
    ('id-troll', 'cus', 'webchat', 'Troll@example.com', 0, 1)`);
  const kase = (id: string, n: number, channel: string, agent: string, status: string, opened: string, extra: string, identity: string) =>
    sql(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, created_at, updated_at,
      version, identity_id, reason, resolution, product, call_avoided) VALUES (?, ?, 'cus', ?, 's', ?, ?, 'normal', 'es', ?, ?, 1, ?, ${extra})`,
    id, n, channel, status, agent, opened, opened, identity);
  // c1: lucia's WhatsApp complaint, resolved in an hour, a call avoided.
  kase('c1', 1, 'whatsapp', 'lucia', 'resolved', t('10:00'), "'complaint', 'favour', 'fibra', 1", 'id-wa');
  // c2: mateo's e-mail, answered in an hour, still open.
  kase('c2', 2, 'email', 'mateo', 'open', t('12:00'), 'NULL, NULL, NULL, 0', 'id-mail');
  // c3: a blocked sender on lucia's web chat: rejected, and owed no answer.
  kase('c3', 3, 'webchat', 'lucia', 'open', t('10:00'), 'NULL, NULL, NULL, 0', 'id-troll');
  const message = (id: string, caseId: string, kind: string, text: string, at: string) =>
    sql("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES (?, ?, ?, 'x', ?, ?, 'sent', 1)", id, caseId, kind, text, at);
  message('m1', 'c1', 'customer', 'Hola, no tengo señal desde ayer', t('10:00'));
  message('m2', 'c1', 'auto_reply', 'Fuera de horario', t('10:01'));
  message('m3', 'c1', 'customer', 'gracias', t('10:02'));
  message('m4', 'c1', 'reply', 'Lo reviso', t('10:10'));
  message('m5', 'c1', 'customer', 'Sigue igual, sin señal', t('10:20'));
  message('m6', 'c1', 'reply', 'Reiniciamos la línea', t('10:26'));
  message('m7', 'c2', 'customer', 'Quiero la factura de diciembre', t('12:00'));
  message('m8', 'c2', 'reply', 'Te la envío', t('13:00'));
  message('m9', 'c3', 'customer', 'mensaje ofensivo', t('10:00'));
  // The satisfaction survey sent at resolution: neither a response nor an auto-reply.
  message('m10s', 'c1', 'survey', '¿Cómo te atendimos? Respondé del 1 al 5', t('11:00'));
  sql("INSERT INTO blocked_senders VALUES ('b1', 'webchat', 'troll@example.com', 'abuse', 'lucia', ?, NULL, 1)", t('09:00'));
  const event = (caseId: string, kind: string, at: string, data: unknown) =>
    sql('INSERT INTO case_events (case_id, kind, at, by, data) VALUES (?, ?, ?, NULL, ?)', caseId, kind, at, JSON.stringify(data));
  event('c1', 'opened', t('10:00'), { assignedTo: 'lucia' });
  event('c1', 'status', t('11:00'), { from: 'open', to: 'resolved' });
  event('c2', 'opened', t('12:00'), { assignedTo: 'mateo' });
  event('c3', 'opened', t('10:00'), { assignedTo: 'lucia' });
  // lucia: available 09:00, busy 10:00, away 12:00; last seen 12:00.
  for (const [state, at] of [['available', '09:00'], ['busy', '10:00'], ['away', '12:00']] as const) {
    sql('INSERT INTO presence (username, state, at) VALUES (?, ?, ?)', 'lucia', state, t(at));
  }
  sql('INSERT INTO last_contact VALUES (?, ?)', 'lucia', t('12:00'));
  sql(`INSERT INTO csat_surveys (case_id, agent, team, channel, language, message_id, sent_at, answer_message_id, answered_at, answers, score, negative)
    VALUES ('c1', 'lucia', 'soporte', 'whatsapp', 'es', 'sv1', ?, 'm10', ?, '[2]', 2, 1)`, t('11:00'), t('11:30'));
  const review = {
    packId: 'p1', caseId: 'c1', agent: 'lucia', reviewer: 'sofia', scorecardId: 'retired', scorecardVersion: 1, answers: {}, score: 80,
    comments: [], state: 'submitted', disputes: [], versions: [{ version: 1, answers: {}, score: 80, at: t('15:00'), by: 'sofia', note: null }],
    createdAt: t('15:00'), updatedAt: t('15:00'),
  };
  sql("INSERT INTO qa_reviews VALUES ('r1', 'p1', 'c1', 'lucia', 'sofia', ?, ?, 1)", t('15:00'), JSON.stringify(review));
}

beforeEach(() => {
  db = openSandboxDb(':memory:');
  store = new SqliteStore(db);
  seed();
});
afterEach(() => db.close());

const sofia = async () => audienceOf(await store.reports.members(), 'sofia', {});

describe('a day’s report, by hand', () => {
  it('gives every figure its published formula’s value', async () => {
    const report = await operationReport(store.reports, await sofia(), { ...DAY }, AS_OF);
    expect(report).toMatchObject({
      agents: ['lucia', 'mateo'],
      cases: 3,
      resolved: 1,
      // First responses 600 s (c1) and 3 600 s (c2): mean 2 100 s, p90 the larger.
      firstResponse: { avgSeconds: 2100, p90Seconds: 3600 },
      handling: { avgSeconds: 3600 },
      // ART: c1 10:00→10:10 (600 s; "gracias" at 10:02 starts nothing), 10:20→10:26 (360 s); c2 3 600 s.
      response: { avgSeconds: (600 + 360 + 3600) / 3 },
      serviceLevel: {
        email: { targetSeconds: 14_400, within: 1, total: 1, ratio: 1 },
        webchat: { targetSeconds: 300, within: 0, total: 0, ratio: null },
        whatsapp: { targetSeconds: 900, within: 1, total: 1, ratio: 1 },
      },
      asa: { email: 3600, webchat: null, whatsapp: 600 },
      fcr: { eligible: 1, firstContact: 1, ratio: 1 },
      // Customer messages and agent replies: 5 + 2 + 1 over three cases.
      messagesPerCase: 8 / 3,
      reasons: { complaint: 1 },
      complaints: 1,
      autoReplied: 1,
      filtered: 1,
      rejected: 1,
      peerAnswered: 0,
      callsAvoided: 1,
      // Available 1 h, busy 2 h (09:00–12:00): 7 200 / 10 800.
      occupancy: { signedInSeconds: 10_800, productiveSeconds: 7_200, ratio: 2 / 3 },
      quality: { reviews: 1, avgScore: 80, autoFails: 0 },
      csat: { sent: 1, answered: 1, score: 2, negative: 1 },
      derived: 0,
      likes: 0,
      complaintsByWeek: [{ week: '2030-01-07', complaints: 1, cases: 3 }],
    });
  });

  it('leaves a survey answer out of ART, first response and messages per case', async () => {
    const sql = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
    const message = (id: string, kind: string, text: string, at: string, noise: string | null) => sql(
      "INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, noise) VALUES (?, 'c1', ?, 'x', ?, ?, 'sent', 1, ?)",
      id, kind, text, at, noise);
    // c1's survey answer ("2" at 11:30, never noise), then the customer writes at 14:00 and is answered at 14:10.
    message('m10', 'customer', '2', t('11:30'), 'none');
    message('m11', 'customer', 'Sigo sin señal', t('14:00'), null);
    message('m12', 'reply', 'Te llamo ahora', t('14:10'), null);
    const report = await operationReport(store.reports, await sofia(), { ...DAY }, AS_OF);
    // The run starts at 14:00 (600 s), not at the answer's 11:30; first responses as before.
    expect(report.response.avgSeconds).toBe((600 + 360 + 3600 + 600) / 4);
    expect(report.firstResponse).toEqual({ avgSeconds: 2100, p90Seconds: 3600 });
    // c1: 5 messages before, 2 more after, the answer not one of them.
    expect(report.messagesPerCase).toBe((7 + 2 + 1) / 3);
    const [c1] = await reportCases(store.reports, await sofia(), { ...DAY, channel: 'whatsapp' }, AS_OF);
    expect(c1).toMatchObject({ messages: 7, filtered: 1, csat: 2 });
  });

  it('splits the same figures by agent, presence with its agent', async () => {
    const report = await operationReport(store.reports, await sofia(), { ...DAY, by: 'agent' }, AS_OF);
    const [lucia, mateo] = report.groups ?? [];
    expect(lucia).toMatchObject({ key: 'lucia', cases: 2, rejected: 1, occupancy: { ratio: 2 / 3 }, csat: { sent: 1 } });
    expect(mateo).toMatchObject({ key: 'mateo', cases: 1, firstResponse: { avgSeconds: 3600 }, occupancy: { signedInSeconds: 0, ratio: null } });
  });

  it('counts derivations made in the period, per agent who derived and per reason when derived', async () => {
    const sql = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
    // c4: opened in December, mateo's then, lucia's now.
    sql(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, created_at, updated_at, version, identity_id, reason)
      VALUES ('c4', 4, 'cus', 'email', 's', 'open', 'lucia', 'normal', 'es', '2029-12-20T10:00:00.000Z', ?, 1, 'id-mail', 'query')`, t('09:00'));
    let seq = 0;
    const derive = (caseId: string, by: string, reason: string | null, at: string) => sql(
      `INSERT INTO derivations (id, seq, case_id, by_agent, to_ref, note, reason, state, created_at, updated_at)
        VALUES (?, ?, ?, ?, 'area:facturacion', 'consulta', ?, 'answered', ?, ?)`, `d${++seq}`, seq, caseId, by, reason, at, at);
    derive('c1', 'lucia', 'complaint', t('10:30')); // c1 derived twice: two derivations.
    derive('c1', 'lucia', 'complaint', t('10:45'));
    derive('c2', 'mateo', 'request_change', t('12:30'));
    derive('c4', 'mateo', 'query', t('09:30')); // a case opened before the period, derived by mateo before it became lucia's
    derive('c3', 'lucia', null, '2030-01-06T23:00:00.000Z'); // the day before: not in the period
    const audience = await sofia();
    expect((await operationReport(store.reports, audience, { ...DAY }, AS_OF)).derived).toBe(4);
    const byAgent = await operationReport(store.reports, audience, { ...DAY, by: 'agent' }, AS_OF);
    expect(byAgent.groups?.map((g) => [g.key, g.derived])).toEqual([['lucia', 2], ['mateo', 2]]);
    const byReason = await operationReport(store.reports, audience, { ...DAY, by: 'reason' }, AS_OF);
    expect(byReason.groups?.filter((g) => g.derived > 0).map((g) => [g.key, g.derived])).toEqual([['complaint', 2], ['query', 1], ['request_change', 1]]);
    // The drill-down lists a case per derivation, oldest first.
    expect((await reportCases(store.reports, audience, { ...DAY, figure: 'derived' }, AS_OF)).map((r) => r.caseId)).toEqual(['c4', 'c1', 'c1', 'c2']);
  });

  it('counts the likes given in the period, per agent who liked, on posts and messages, and lists the liked messages’ cases', async () => {
    const sql = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
    sql(`INSERT INTO listening_posts (id, data, version) VALUES ('p1', '{"channel":"x_mention"}', 1), ('p2', '{"channel":"instagram_comment"}', 1)`);
    const likePost = (postId: string, by: string, at: string) => sql("INSERT INTO reactions VALUES (?, 'like', ?, ?)", postId, by, at);
    const likeMessage = (messageId: string, caseId: string, by: string, at: string) =>
      sql("INSERT INTO message_reactions VALUES (?, ?, 'like', ?, ?)", messageId, caseId, by, at);
    // Likes exist only on the public channels: lucia's Instagram comment, mateo's Facebook post.
    const kase = (id: string, n: number, channel: string, agent: string) =>
      sql(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, created_at, updated_at, version)
        VALUES (?, ?, 'cus', ?, 's', 'open', ?, 'normal', 'es', ?, ?, 1)`, id, n, channel, agent, t('09:00'), t('09:00'));
    const comment = (id: string, caseId: string) =>
      sql("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES (?, ?, 'customer', 'x', '¡Gracias!', ?, 'sent', 1)", id, caseId, t('09:00'));
    kase('c6', 6, 'instagram_comment', 'lucia');
    kase('c7', 7, 'facebook_post', 'mateo');
    comment('m61', 'c6');
    comment('m62', 'c6');
    comment('m71', 'c7');
    likePost('p1', 'lucia', t('09:15')); // a post: no case
    likeMessage('m61', 'c6', 'lucia', t('10:05'));
    likeMessage('m71', 'c7', 'mateo', t('12:30'));
    likeMessage('m62', 'c6', 'lucia', '2030-01-06T23:59:00.000Z'); // the day before: not in the period
    likePost('p2', 'mateo', DAY.to); // the day after begins: not in the period
    const audience = await sofia();
    expect((await operationReport(store.reports, audience, { ...DAY }, AS_OF)).likes).toBe(3);
    const groups = async (by: 'agent' | 'team' | 'channel') =>
      (await operationReport(store.reports, audience, { ...DAY, by }, AS_OF)).groups?.filter((g) => g.likes > 0).map((g) => [g.key, g.likes]);
    expect(await groups('agent')).toEqual([['lucia', 2], ['mateo', 1]]);
    expect(await groups('team')).toEqual([['soporte', 2], ['ventas', 1]]);
    expect(await groups('channel')).toEqual([['facebook_post', 1], ['instagram_comment', 1], ['x_mention', 1]]);
    // An agent's own report counts only their likes.
    expect((await operationReport(store.reports, audienceOf(await store.reports.members(), 'mateo', {}), { ...DAY }, AS_OF)).likes).toBe(1);
    // The drill-down lists a case per like on a message, oldest first; a post's like has no case to list.
    expect((await reportCases(store.reports, audience, { ...DAY, figure: 'likes' }, AS_OF)).map((r) => r.caseId)).toEqual(['c6', 'c7']);
  });

  it('gives the per-case rows behind the figures, narrowed to a drill-down', async () => {
    const rows = await reportCases(store.reports, await sofia(), { ...DAY, channel: 'whatsapp' }, AS_OF);
    expect(rows).toEqual([{
      caseId: 'c1', number: 1, channel: 'whatsapp', agent: 'lucia', team: 'soporte', reason: 'complaint', product: 'fibra', resolution: 'favour',
      openedAt: t('10:00'), firstResponseAt: t('10:10'), resolvedAt: t('11:00'), messages: 5, autoReplied: 1, filtered: 1, rejected: 0, csat: 2,
    }]);
  });

  it('narrows a supervisor to one of their teams or agents, and refuses the others', async () => {
    const members = await store.reports.members();
    expect(audienceOf(members, 'sofia', { team: 'ventas' }).agents).toEqual(['mateo']);
    expect(audienceOf(members, 'sofia', { agent: 'lucia' }).agents).toEqual(['lucia']);
    expect(audienceOf(members, 'valeria', {}).agents).toEqual(['lucia']);
    expect(() => audienceOf(members, 'valeria', { team: 'ventas' })).toThrow(/do not supervise the team ventas/);
    expect(() => audienceOf(members, 'valeria', { agent: 'mateo' })).toThrow(/not an agent of a team you supervise/);
    expect(() => audienceOf(members, 'diego', {})).toThrow(/supervisors and agents/);
  });

  it('counts an agent’s own cases only', async () => {
    const mine = audienceOf(await store.reports.members(), 'mateo', { agent: 'lucia' });
    expect((await operationReport(store.reports, mine, { ...DAY }, AS_OF)).cases).toBe(1);
  });
});

describe('the snapshots', () => {
  it('cut each week and month from one read, figure for figure as a report of that period', async () => {
    const sql = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
    // A case opened in December and resolved on the fixture's Monday, and presence from December on.
    sql(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, created_at, updated_at, version, identity_id)
      VALUES ('c4', 4, 'cus', 'email', 's', 'resolved', 'mateo', 'normal', 'es', '2029-12-20T10:00:00.000Z', ?, 1, 'id-mail')`, t('09:00'));
    sql("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES ('m40', 'c4', 'customer', 'x', 'Hola', '2029-12-20T10:00:00.000Z', 'sent', 1)");
    sql("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES ('m41', 'c4', 'reply', 'x', 'Hola', '2029-12-20T11:00:00.000Z', 'sent', 1)");
    sql('INSERT INTO case_events (case_id, kind, at, by, data) VALUES (?, ?, ?, NULL, ?)', 'c4', 'status', t('09:00'), JSON.stringify({ from: 'open', to: 'resolved' }));
    sql("INSERT INTO presence (username, state, at) VALUES ('mateo', 'busy', '2029-12-28T09:00:00.000Z')");
    const audience = await sofia();
    const snapshots = await reportSnapshots(store.reports, audience, AS_OF);
    const alone = (period: { from: string; to: string }) => operationReport(store.reports, audience, { from: period.from, to: period.to }, AS_OF);
    for (const cut of [...snapshots.weeks, snapshots.month, snapshots.previousMonth]) expect(cut).toEqual(await alone(cut));
    expect(snapshots.weeks.at(-1)).toMatchObject({ from: DAY.from, cases: 3, resolved: 2 });
    expect(snapshots.previousMonth).toMatchObject({ from: '2029-12-01T00:00:00.000Z', cases: 1, resolved: 0 });
  });
});
