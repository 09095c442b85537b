// Every figure of a varied week against the cases its drill-down lists: cases opened before the
// period and resolved in it, reopened, answered late or never, noise, blocked senders, marks,
// surveys and reviews. A figure that counts cases has as many rows as its value; one that counts
// messages has rows whose column adds up to it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportFigure, ReportQuery } from '../../protocol/reports.ts';
import { openSandboxDb, type SandboxDb } from '../schema.ts';
import { SqliteStore } from '../store/sqlite-store.ts';
import { audienceOf } from './audience.ts';
import { operationReport, reportCases } from './build.ts';

const WEEK = { from: '2030-01-07T00:00:00.000Z', to: '2030-01-14T00:00:00.000Z' };
const AS_OF = new Date('2030-01-15T00:00:00.000Z');
const MIN = 60_000;
const at = (base: string, minutes: number) => new Date(Date.parse(base) + minutes * MIN).toISOString();

let db: SandboxDb;
let store: SqliteStore;

const CHANNELS = ['whatsapp', 'email', 'webchat', 'facebook_messenger'];
const REASONS = ['complaint', 'query', 'request_sale', null, 'complaint', 'suggestion'];

function seed() {
  const sql = (text: string, ...params: unknown[]) => db.prepare(text).run(...params);
  sql(`INSERT INTO users (username, name, role, team, password, version, supervises) VALUES
    ('lucia', 'Lucía', 'agent', 'soporte', 'x', 1, '[]'), ('mateo', 'Mateo', 'agent', 'ventas', 'x', 1, '[]'),
    ('sofia', 'Sofía', 'supervisor', NULL, 'x', 1, '["soporte","ventas"]')`);
  sql("INSERT INTO customers (id, name, segment, followers, public_figure, language, version) VALUES ('cus', 'Ana', 'standard', 0, 0, 'es', 1)");
  sql("INSERT INTO blocked_senders VALUES ('b1', 'webchat', 'troll-0@example.com', 'abuse', 'lucia', ?, NULL, 1)", '2030-01-01T00:00:00.000Z');
  let messageN = 0;
  const message = (caseId: string, kind: string, text: string, when: string) =>
    sql("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES (?, ?, ?, 'x', ?, ?, 'sent', 1)", `m${++messageN}`, caseId, kind, text, when);
  const event = (caseId: string, kind: string, when: string, data: unknown) =>
    sql('INSERT INTO case_events (case_id, kind, at, by, data) VALUES (?, ?, ?, NULL, ?)', caseId, kind, when, JSON.stringify(data));
  for (let i = 0; i < 40; i++) {
    const id = `c${i}`;
    const channel = CHANNELS[i % CHANNELS.length] ?? 'whatsapp';
    const agent = i % 3 === 0 ? 'mateo' : 'lucia';
    // Some opened the week before (resolved in this one, or not), one after it.
    const opened = i % 7 === 0 ? at(WEEK.from, -600 + i) : i === 39 ? at(WEEK.to, 60) : at(WEEK.from, i * 200);
    const identity = `id${i}`;
    const handle = channel === 'webchat' && i % 8 === 2 ? 'troll-0@example.com' : `cliente-${i}@example.com`;
    sql('INSERT INTO identities VALUES (?, ?, ?, ?, 1, 1)', identity, 'cus', channel, handle);
    const resolved = i % 4 !== 3;
    sql(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, created_at, updated_at,
      version, identity_id, reason, resolution, product, peer_answered, call_avoided) VALUES (?, ?, 'cus', ?, 's', ?, ?, 'normal', 'es', ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
    id, i + 1, channel, resolved ? 'resolved' : 'open', agent, opened, opened, identity, REASONS[i % REASONS.length] ?? null,
    resolved ? (i % 2 === 0 ? 'favour' : 'against') : null, i % 5 === 0 ? 'fibra' : null, i % 6 === 1 ? 1 : 0, resolved && i % 3 === 1 ? 1 : 0);
    event(id, 'opened', opened, { assignedTo: agent });
    // Every eleventh case derived to Facturación (twice for one of them: still one case derived).
    if (i % 11 === 3) {
      for (const n of i === 3 ? [1, 2] : [1]) {
        sql(`INSERT INTO derivations (id, seq, case_id, by_agent, to_ref, note, reason, state, created_at, updated_at)
          VALUES (?, ?, ?, ?, 'area:facturacion', 'consulta', NULL, 'answered', ?, ?)`, `${id}-d${n}`, i * 10 + n, id, agent, at(opened, 5), at(opened, 6));
      }
    }
    message(id, 'customer', 'Hola, tengo un problema con el servicio', opened);
    if (i % 5 === 1) message(id, 'auto_reply', 'Fuera de horario', at(opened, 1));
    if (i % 4 === 2) message(id, 'customer', 'gracias', at(opened, 2));
    // First answers from 3 minutes to most of a day; every ninth case never answered.
    if (i % 9 !== 4) message(id, 'reply', 'Lo reviso', at(opened, 3 + ((i * 37) % 600)));
    if (i % 3 === 2) {
      message(id, 'customer', 'Sigue igual', at(opened, 700));
      message(id, 'reply', 'Reiniciamos la línea', at(opened, 720));
    }
    if (resolved) {
      event(id, 'status', at(opened, 800), { from: 'open', to: 'resolved' });
      // Every fifth resolved case comes back two days later and is resolved again.
      if (i % 5 === 2) {
        event(id, 'status', at(opened, 800 + 2 * 24 * 60), { from: 'resolved', to: 'open' });
        event(id, 'status', at(opened, 900 + 2 * 24 * 60), { from: 'open', to: 'resolved' });
      }
      if (i % 2 === 0) {
        const answered = i % 4 === 0;
        sql(`INSERT INTO csat_surveys (case_id, agent, team, channel, language, message_id, sent_at, answer_message_id, answered_at, answers, score, negative)
          VALUES (?, ?, ?, ?, 'es', ?, ?, ?, ?, ?, ?, ?)`, id, agent, agent === 'lucia' ? 'soporte' : 'ventas', channel, `sv${i}`, at(opened, 800),
        answered ? `ans${i}` : null, answered ? at(opened, 830) : null, answered ? `[${i % 8 === 0 ? 2 : 5}]` : null,
        answered ? (i % 8 === 0 ? 2 : 5) : null, answered && i % 8 === 0 ? 1 : 0);
      }
    }
    if (i % 6 === 0) {
      const review = { packId: 'p1', caseId: id, agent, reviewer: 'sofia', scorecardId: 'retired', scorecardVersion: 1, answers: {}, score: 70 + i % 30,
        comments: [], state: 'submitted', disputes: [],
        versions: [{ version: 1, answers: {}, score: 70 + i % 30, at: at(WEEK.from, 6000), by: 'sofia', note: null }], createdAt: at(WEEK.from, 6000), updatedAt: at(WEEK.from, 6000) };
      sql('INSERT INTO qa_reviews VALUES (?, ?, ?, ?, ?, ?, ?, 1)', `r${i}`, 'p1', id, agent, 'sofia', at(WEEK.from, 6000), JSON.stringify(review));
    }
  }
}

beforeEach(() => {
  db = openSandboxDb(':memory:');
  store = new SqliteStore(db);
  seed();
});
afterEach(() => db.close());

const sofia = async () => audienceOf(await store.reports.members(), 'sofia', {});
const rowsOf = async (query: Partial<ReportQuery>) => reportCases(store.reports, await sofia(), { ...WEEK, ...query }, AS_OF);

describe('the drill-down behind each figure', () => {
  it('lists as many cases as each case figure counts', async () => {
    const r = await operationReport(store.reports, await sofia(), { ...WEEK }, AS_OF);
    const levels = Object.values(r.serviceLevel);
    const counted: [ReportFigure, number][] = [
      ['opened', r.cases], ['resolved', r.resolved], ['fcr_eligible', r.fcr.eligible], ['first_contact', r.fcr.firstContact],
      ['complaints', r.complaints], ['peer_answered', r.peerAnswered], ['calls_avoided', r.callsAvoided],
      ['sl_counted', levels.reduce((n, l) => n + l.total, 0)], ['sl_within', levels.reduce((n, l) => n + l.within, 0)],
      ['sl_missed', levels.reduce((n, l) => n + l.total - l.within, 0)], ['reviewed', r.quality.reviews],
      ['csat_sent', r.csat.sent], ['csat_answered', r.csat.answered], ['csat_negative', r.csat.negative], ['derived', r.derived],
    ];
    // A fixture where every figure has something to count, and no two alike by accident.
    for (const [, value] of counted) expect(value).toBeGreaterThan(0);
    for (const [figure, value] of counted) expect([figure, (await rowsOf({ figure })).length]).toEqual([figure, value]);
    // Without a figure: every case the period counts, more than it opened (some opened before and resolved in it).
    expect((await rowsOf({})).length).toBeGreaterThan(r.cases);
  });

  it('lists the cases whose messages a message figure counts, their column adding up to it', async () => {
    const r = await operationReport(store.reports, await sofia(), { ...WEEK }, AS_OF);
    const total = (rows: { autoReplied: number; filtered: number; rejected: number }[], k: 'autoReplied' | 'filtered' | 'rejected') =>
      rows.reduce((n, row) => n + row[k], 0);
    for (const [figure, key] of [['auto_replied', 'autoReplied'], ['filtered', 'filtered'], ['rejected', 'rejected']] as const) {
      const rows = await rowsOf({ figure });
      expect(r[key]).toBeGreaterThan(0);
      expect([figure, total(rows, key)]).toEqual([figure, r[key]]);
      expect(rows.every((row) => row[key] > 0)).toBe(true);
    }
  });

  it('lists the cases behind the averages: first response and ART, each over the cases it averages', async () => {
    const r = await operationReport(store.reports, await sofia(), { ...WEEK }, AS_OF);
    const answered = await rowsOf({ figure: 'first_response' });
    expect(answered.every((row) => row.firstResponseAt !== null)).toBe(true);
    expect(answered.length).toBeLessThan(r.cases); // the never-answered ones are not in it
    expect((await rowsOf({ figure: 'responded' })).length).toBeGreaterThan(0);
  });

  it('narrows a figure’s cases to a group, as the group’s figures count them', async () => {
    const byChannel = await operationReport(store.reports, await sofia(), { ...WEEK, by: 'channel' }, AS_OF);
    for (const group of byChannel.groups ?? []) {
      const channel = group.key as ReportQuery['channel'];
      expect((await rowsOf({ figure: 'opened', channel })).length).toBe(group.cases);
      expect((await rowsOf({ figure: 'csat_answered', channel })).length).toBe(group.csat.answered);
    }
  });
});

describe('satisfaction by product and by typology', () => {
  it('groups every case and survey by its product and by the guide’s typology (requests are commercial)', async () => {
    const whole = await operationReport(store.reports, await sofia(), { ...WEEK }, AS_OF);
    const byTypology = await operationReport(store.reports, await sofia(), { ...WEEK, by: 'typology' }, AS_OF);
    expect(byTypology.groups?.map((g) => g.key)).toEqual(['commercial', 'none']);
    const commercial = byTypology.groups?.find((g) => g.key === 'commercial');
    expect(commercial?.cases).toBe(whole.reasons.request_sale);
    expect(commercial?.csat.sent).toBeGreaterThan(0);
    const byProduct = await operationReport(store.reports, await sofia(), { ...WEEK, by: 'product' }, AS_OF);
    expect(byProduct.groups?.map((g) => g.key)).toEqual(['fibra', 'none']);
    for (const groups of [byTypology.groups ?? [], byProduct.groups ?? []]) {
      expect(groups.reduce((n, g) => n + g.csat.sent, 0)).toBe(whole.csat.sent);
      expect(groups.reduce((n, g) => n + g.csat.answered, 0)).toBe(whole.csat.answered);
    }
  });
});
