// Hostile pushes and directory searches against a real server on either engine (the sandbox's
// SQLite, an organisation's PostgreSQL): unknown mutations, broken sequence numbers, wrong
// argument types for every mutation of src/protocol/mutations, hostile customer text, and odd
// search syntax. A refused mutation changes nothing a customer or agent would see; accepted
// hostile text is stored and handed back as the text it was.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUTATION_ARGS, type MutationName } from '../../src/protocol/mutations/index.ts';
import { PUSH_BATCH_MAX } from '../../src/protocol/limits.ts';
import { bearer, expectHealthy, expectRefusedWithoutChange, type HostileServer, JSON_HEADERS, openHostileServer, signIn } from '../fixtures/hostile.ts';
import { HOSTILE_TEXTS, ONE_MB, wrongTypesFor } from '../fixtures/hostile-payloads.ts';
import { send, sent, type RawResponse } from '../fixtures/raw-http.ts';
import { ENGINE_SERVERS, type ServerUnderTest } from '../fixtures/servers.ts';

let server: ServerUnderTest;
let hostile: HostileServer;
/** lucia's first case and its customer. */
const lucia = { caseId: 'unknown', customerId: 'unknown' };

describe.each(ENGINE_SERVERS)('on $engine', (engine) => {
  beforeAll(async () => {
    server = await engine.start();
    hostile = await openHostileServer(server);
    Object.assign(lucia, await hostile.sql.row<{ caseId: string; customerId: string }>(
      'SELECT id AS "caseId", customer_id AS "customerId" FROM cases WHERE assigned_to = \'lucia\' ORDER BY number LIMIT 1'));
  });
  afterAll(async () => {
    await expectHealthy(hostile.base);
    await server.stop();
  });

  interface Pushed { seq: unknown; id?: unknown; name: unknown; args: unknown; baseVersion?: unknown }

  /** A push of `mutations` (ids and baseVersion filled in) from a new console of `token`'s agent, at the server's epoch. */
  function push(mutations: Pushed[], { token = hostile.tokens.agent, clientId = randomUUID() }: { token?: string; clientId?: string } = {}): Promise<RawResponse> {
    const filled = mutations.map((m) => ({ id: randomUUID(), baseVersion: null, ...m }));
    return send(hostile.base, {
      method: 'POST', path: '/v1/sync/push', headers: { ...JSON_HEADERS, ...bearer(token) }, body: JSON.stringify({ clientId, epoch: hostile.epoch, mutations: filled }),
    });
  }

  type Results = { results: { seq: number; status: string; reason?: string }[] };

  /** Pushes mutations the server must refuse one by one, and checks nobody would notice. */
  async function expectEachRejected(mutations: Pushed[], reason: string): Promise<void> {
    const before = await hostile.world();
    const res = await push(mutations);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    const { results } = res.json as Results;
    expect(results).toHaveLength(mutations.length);
    for (const result of results) expect(result).toMatchObject({ status: 'rejected', reason });
    expect(await hostile.world()).toEqual(before);
    await expectHealthy(hostile.base);
  }

  /** Well-formed args for every mutation: the base each wrong-type case breaks one field of. */
  const VALID_ARGS: { [N in MutationName]: () => Record<string, unknown> } = {
    send_reply: () => ({ caseId: lucia.caseId, messageId: randomUUID(), text: 'hola', templates: [], articles: [] }),
    set_status: () => ({ caseId: lucia.caseId, status: 'resolved', reason: 'complaint', resolution: 'favour' }),
    save_template: () => ({ templateId: randomUUID(), title: 'T', body: 'B', shortcut: 'hostil', language: 'es', channels: ['email'] }),
    delete_template: () => ({ templateId: 'tpl-x' }),
    move_to_private: () => ({ caseId: lucia.caseId, messageId: randomUUID(), text: 'por DM', channel: 'whatsapp', templates: [] }),
    send_auto_reply: () => ({ caseId: lucia.caseId, messageId: randomUUID(), text: 'fuera de horario', dedupeKey: 'k', language: 'es', inReplyTo: 'm' }),
    block_sender: () => ({ blockId: randomUUID(), channel: 'email', handle: 'spam@example.com', reason: 'spam' }),
    unblock_sender: () => ({ blockId: 'block-x' }),
    add_customer_note: () => ({ noteId: randomUUID(), customerId: lucia.customerId, text: 'nota' }),
    link_identity: () => ({ linkId: randomUUID(), caseId: lucia.caseId, customerId: 'cus-x' }),
    unlink_identity: () => ({ caseId: lucia.caseId, identityId: 'id-x', reason: 'no es suya' }),
    merge_customers: () => ({ mergeId: randomUUID(), caseId: lucia.caseId, survivorId: 'cus-a', mergedId: 'cus-b' }),
    undo_merge: () => ({ caseId: lucia.caseId, mergeId: 'merge-x' }),
    put_setting: () => ({ settingId: 'business_hours', value: {}, baseVersion: 1 }),
    submit_review: () => ({
      reviewId: randomUUID(), packId: 'pack-x', caseId: lucia.caseId, scorecardId: 'calidad', scorecardVersion: 1,
      answers: { 'tono-humilde': 5, historial: 'yes' }, comments: [{ id: randomUUID(), messageId: null, criterionId: 'tono-humilde', text: 'bien' }],
    }),
    acknowledge_review: () => ({ reviewId: randomUUID() }),
    dispute_review: () => ({ disputeId: randomUUID(), reviewId: randomUUID(), criterionId: 'tono-humilde', reason: 'fui amable' }),
    resolve_dispute: () => ({ disputeId: randomUUID(), reviewId: randomUUID(), decision: 'uphold', note: 'se mantiene' }),
    set_message_type: () => ({ caseId: lucia.caseId, messageId: 'msg-x', type: 'hostile' }),
    restore_message: () => ({ caseId: lucia.caseId, messageId: 'msg-x' }),
    mark_peer_answered: () => ({ caseId: lucia.caseId, answered: true }),
    save_coaching_objective: () => ({
      objectiveId: randomUUID(), agent: 'lucia', metric: 'first_response', target: 600, comparison: 'at_most', due: '2026-12-31', note: 'menos de 10 min',
    }),
    remove_coaching_objective: () => ({ objectiveId: randomUUID() }),
    save_coaching_note: () => ({ agent: 'lucia', week: '2026-11-30', text: 'Repasamos los tiempos' }),
    reassign_case: () => ({ caseId: lucia.caseId, to: 'mateo' }),
    derive_case: () => ({ derivationId: randomUUID(), caseId: lucia.caseId, to: 'area:facturacion', note: 'consulta de factura' }),
    answer_derivation: () => ({ caseId: lucia.caseId, outcome: 'answered', note: 'ya está corregida' }),
    react: () => ({ postId: 'post-x', reaction: 'like' }),
    dismiss_listening_post: () => ({ postId: 'post-x' }),
    open_listening_case: () => ({ postId: 'post-x' }),
  };
  /** Fields that may be null, and fields that take any JSON: no wrong type for them. */
  const NULLABLE = new Set(['shortcut', 'channels', 'baseVersion', 'type', 'due']);
  const ANY_TYPE = new Set(['value']);

  describe('push with hostile mutations', () => {
    it('has valid args for every mutation of the protocol', () => {
      expect(Object.keys(VALID_ARGS).sort()).toEqual(Object.keys(MUTATION_ARGS).sort());
      for (const [name, args] of Object.entries(VALID_ARGS)) expect(MUTATION_ARGS[name as MutationName].safeParse(args()).success, name).toBe(true);
    });

    it.each(['', 'SEND_REPLY', 'send_reply ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'send_reply\u0000', 'x'.repeat(100)])(
      'rejects the unknown mutation %j', async (name) => {
        await expectEachRejected([{ seq: 1, name, args: VALID_ARGS.send_reply() }], 'unknown_mutation');
      });

    describe.each(Object.keys(VALID_ARGS) as MutationName[])('%s', (name) => {
      it('rejects each wrong type of each argument, and args that are no object', async () => {
        const valid = VALID_ARGS[name]();
        const wrongTypes = Object.entries(valid)
          .filter(([field]) => !ANY_TYPE.has(field))
          .flatMap(([field, value]) => wrongTypesFor(value).filter((wrong) => wrong !== null || !NULLABLE.has(field)).map((wrong) => ({ ...valid, [field]: wrong })));
        // Each required field left out (an optional one left out is still valid args).
        const missing = Object.keys(valid)
          .map((field) => Object.fromEntries(Object.entries(valid).filter(([other]) => other !== field)))
          .filter((args) => !MUTATION_ARGS[name].safeParse(args).success);
        const broken = [...wrongTypes, ...missing, 'args', 1, null, [valid]];
        await expectEachRejected(broken.map((args, i) => ({ seq: i + 1, name, args })), 'invalid_args');
      });
    });

    it.each([
      ['seq 0', [{ seq: 0 }]], ['a negative seq', [{ seq: -1 }]], ['a fractional seq', [{ seq: 1.5 }]], ['seq as text', [{ seq: '1' }]],
      ['seq past 2^53', [{ seq: 2 ** 60 }]], ['an id that is no UUID', [{ seq: 1, id: '../../etc' }]], ['a name over 100 characters', [{ seq: 1, name: 'x'.repeat(101) }]],
      ['a negative baseVersion', [{ seq: 1, baseVersion: -1 }]], ['no args', [{ seq: 1, args: undefined }]],
    ])('refuses a batch with %s', async (_case, overrides) => {
      const mutations = overrides.map((o) => ({ name: 'send_reply', args: VALID_ARGS.send_reply(), ...o }));
      await expectRefusedWithoutChange(hostile, () => push(mutations), 400, 'bad_request');
    });

    it(`refuses a batch of ${PUSH_BATCH_MAX + 1} mutations and a client id under 8 characters`, async () => {
      const many = Array.from({ length: PUSH_BATCH_MAX + 1 }, (_, i) => ({ seq: i + 1, name: 'nope', args: {} }));
      await expectRefusedWithoutChange(hostile, () => push(many), 400, 'bad_request');
      await expectRefusedWithoutChange(hostile, () => push([], { clientId: 'short' }), 400, 'bad_request');
    });

    it('answers a gap in the sequence 409 sequence_gap, applying nothing', async () => {
      const res = await expectRefusedWithoutChange(hostile, () => push([{ seq: 2, name: 'send_reply', args: VALID_ARGS.send_reply() }]), 409, 'sequence_gap');
      expect(res.json).toMatchObject({ expectedSeq: 1 });
    });

    it("refuses another agent's client id with 409 client_taken", async () => {
      const clientId = randomUUID();
      expect((await push([], { clientId, token: hostile.tokens.supervisor })).status).toBe(200);
      await expectRefusedWithoutChange(hostile, () => push([{ seq: 1, name: 'send_reply', args: VALID_ARGS.send_reply() }], { clientId }), 409, 'client_taken');
    });

    it('rejects a seq used twice in one batch, applying the first only', async () => {
      const res = await push([{ seq: 1, name: 'nope', args: {} }, { seq: 1, name: 'nope', args: {} }]);
      expect((res.json as Results).results.map((r) => r.reason)).toEqual(['unknown_mutation', 'seq_reused']);
    });

    it("rejects a reply on another agent's case and a supervisor's setting pushed by an agent", async () => {
      const mateos = (await hostile.sql.row<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'mateo' LIMIT 1"))!.id;
      const before = await hostile.world();
      const res = await push([
        { seq: 1, name: 'send_reply', args: { ...VALID_ARGS.send_reply(), caseId: mateos } },
        { seq: 2, name: 'put_setting', args: VALID_ARGS.put_setting() },
      ]);
      expect((res.json as Results).results.map((r) => [r.status, r.reason])).toEqual([['conflict', 'not_assigned'], ['rejected', 'not_supervisor']]);
      expect(await hostile.world()).toEqual(before);
    });

    it('rejects a review pushed by an agent, and reviews, acknowledgements and disputes of no review', async () => {
      const before = await hostile.world();
      const res = await push([
        { seq: 1, name: 'submit_review', args: VALID_ARGS.submit_review() },
        { seq: 2, name: 'acknowledge_review', args: VALID_ARGS.acknowledge_review() },
        { seq: 3, name: 'dispute_review', args: VALID_ARGS.dispute_review() },
      ]);
      expect((res.json as Results).results.map((r) => [r.status, r.reason])).toEqual([
        ['rejected', 'not_supervisor'], ['conflict', 'review_not_found'], ['conflict', 'review_not_found'],
      ]);
      const asSupervisor = await push([
        { seq: 1, name: 'submit_review', args: VALID_ARGS.submit_review() },
        { seq: 2, name: 'resolve_dispute', args: VALID_ARGS.resolve_dispute() },
      ], { token: hostile.tokens.supervisor });
      expect((asSupervisor.json as Results).results.map((r) => [r.status, r.reason])).toEqual([['conflict', 'pack_not_found'], ['conflict', 'review_not_found']]);
      expect(await hostile.world()).toEqual(before);
    });

    it("rejects coaching pushed by an agent, the peer mark on another agent's case or a private one, and an unknown product, changing nothing", async () => {
      const mateos = (await hostile.sql.row<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'mateo' LIMIT 1"))!.id;
      const privateOne = (await hostile.sql.row<{ id: string }>(
        "SELECT id FROM cases WHERE assigned_to = 'lucia' AND channel IN ('whatsapp', 'email', 'webchat') LIMIT 1"))!.id;
      const before = await hostile.world();
      const res = await push([
        { seq: 1, name: 'save_coaching_objective', args: VALID_ARGS.save_coaching_objective() },
        { seq: 2, name: 'save_coaching_note', args: VALID_ARGS.save_coaching_note() },
        { seq: 3, name: 'remove_coaching_objective', args: VALID_ARGS.remove_coaching_objective() },
        { seq: 4, name: 'mark_peer_answered', args: { caseId: mateos, answered: true } },
        { seq: 5, name: 'mark_peer_answered', args: { caseId: privateOne, answered: true } },
        { seq: 6, name: 'set_status', args: { ...VALID_ARGS.set_status(), product: '../../etc/passwd' } },
      ]);
      expect((res.json as Results).results.map((r) => [r.status, r.reason])).toEqual([
        ['rejected', 'not_supervisor'], ['rejected', 'not_supervisor'], ['rejected', 'objective_not_found'],
        ['conflict', 'not_assigned'], ['rejected', 'not_public'], ['rejected', 'unknown_product'],
      ]);
      expect(await hostile.world()).toEqual(before);
    });

    it("rejects a message's type or restore on another agent's case, on a reply and on another case's message, changing nothing", async () => {
      const message = async (where: string, ...params: string[]) => (await hostile.sql.row<{ id: string; caseId: string }>(
        `SELECT m.id, m.case_id AS "caseId" FROM messages m JOIN cases c ON c.id = m.case_id WHERE ${where} LIMIT 1`, ...params))!;
      const mateos = await message("c.assigned_to = 'mateo' AND m.kind = 'customer'");
      const reply = await message("c.id = ? AND m.kind = 'reply'", lucia.caseId);
      const before = await hostile.world();
      const res = await push([
        { seq: 1, name: 'set_message_type', args: { caseId: mateos.caseId, messageId: mateos.id, type: 'hostile_no_content' } },
        { seq: 2, name: 'restore_message', args: { caseId: mateos.caseId, messageId: mateos.id } },
        { seq: 3, name: 'set_message_type', args: { caseId: lucia.caseId, messageId: reply.id, type: 'public' } },
        { seq: 4, name: 'restore_message', args: { caseId: lucia.caseId, messageId: mateos.id } },
        { seq: 5, name: 'set_message_type', args: { caseId: lucia.caseId, messageId: '../../etc/passwd', type: null } },
      ]);
      expect((res.json as Results).results.map((r) => [r.status, r.reason])).toEqual([
        ['conflict', 'not_assigned'], ['conflict', 'not_assigned'], ['rejected', 'not_in_case'], ['rejected', 'not_in_case'], ['rejected', 'not_in_case'],
      ]);
      expect(await hostile.world()).toEqual(before);
    });
  });

  describe('hostile customer text', () => {
    const texts = Object.entries(HOSTILE_TEXTS);
    /**
     * The text as stored: lone surrogates cannot be stored as UTF-8, they come back as U+FFFD, the
     * rest as sent; and PostgreSQL's text cannot hold a NUL, which it keeps as U+FFFD (pg-sql.ts).
     */
    const asStored = (text: string) => (engine.engine === 'postgres' ? text.toWellFormed().replaceAll('\u0000', '\uFFFD') : text.toWellFormed());

    it.each(texts)('stores a reply with %s and hands it back as text', async (_name, text) => {
      const messageId = randomUUID();
      const args = { ...VALID_ARGS.send_reply(), messageId, text };
      const res = await push([{ seq: 1, name: 'send_reply', args }]);
      expect((res.json as Results).results[0]).toMatchObject({ status: 'applied' });
      expect((await hostile.sql.row<{ text: string }>('SELECT text FROM messages WHERE id = ?', messageId))?.text).toBe(asStored(text));
    });

    it.each(texts)('stores a customer message with %s, which the agent pulls as text', async (_name, text) => {
      const res = await server.customerWrites({ channel: 'webchat', customer: { name: text, handle: `hostile-${randomUUID()}` }, text });
      expect([200, 201], res.text.slice(0, 300)).toContain(res.status);
      const { caseId, messageId } = res.json as { caseId: string; messageId: string };
      // Routed to whoever takes it (the sandbox's inbound control and the ingest API route alike): that agent pulls it.
      const agent = (await hostile.sql.row<{ assignedTo: string | null }>('SELECT assigned_to AS "assignedTo" FROM cases WHERE id = ?', caseId))?.assignedTo;
      expect(agent).toEqual(expect.any(String));
      const pulled = await send(hostile.base, {
        method: 'POST', path: '/v1/sync/pull', headers: { ...JSON_HEADERS, ...bearer(await signIn(hostile.base, agent!)) }, body: JSON.stringify({ cursor: null, limit: 2000 }),
      });
      const changes = (pulled.json as { changes: { entity: string; id: string; data?: { text?: string } }[] }).changes;
      expect(changes.find((c) => c.entity === 'message' && c.id === messageId)?.data?.text).toBe(asStored(text));
    });

    it('refuses 1 MB of text in a reply, a note and a customer message, storing none of it', async () => {
      await expectEachRejected([
        { seq: 1, name: 'send_reply', args: { ...VALID_ARGS.send_reply(), text: ONE_MB } },
        { seq: 2, name: 'add_customer_note', args: { ...VALID_ARGS.add_customer_note(), text: ONE_MB } },
        { seq: 3, name: 'block_sender', args: { ...VALID_ARGS.block_sender(), reason: ONE_MB } },
      ], 'invalid_args');
      await expectRefusedWithoutChange(hostile, () => server.customerWrites({ channel: 'webchat', customer: { name: 'X', handle: 'x' }, text: ONE_MB }), 400, 'bad_request');
    });
  });

  describe('odd search syntax in POST /v1/customers/search', () => {
    const search = (body: unknown) => send(hostile.base, {
      method: 'POST', path: '/v1/customers/search', headers: { ...JSON_HEADERS, ...bearer(hostile.tokens.agent) }, body: JSON.stringify(body),
    });

    it('finds a customer by a plain word', async () => {
      expect(((await search({ query: 'gomez' })).json as { customers: { name: string }[] }).customers.map((c) => c.name)).toContain('Ana Gómez');
    });

    /** Case and accents aside, as agents type names. */
    const loose = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

    // Wildcards, quotes and operators are literal text: each customer found holds every word as typed.
    it.each([
      '%', '_', '*', '.*', '"', '"ana', 'ana OR 1=1', "' OR ''='", 'NEAR(ana gomez)', 'name:ana', '^ana', '-ana', '(', ')', '\\', '[a-z]+',
      '\u0000', '\u202Eanag', '${ana}', '<script>', 'a'.repeat(200), '   ', '😀', 'ana\u0301',
    ])('answers %j with a list, matching it literally', async (query) => {
      const res = await search({ query });
      expect(res.status, res.text.slice(0, 300)).toBe(200);
      const words = loose(query).split(/\s+/).filter((word) => word !== '');
      for (const customer of (res.json as { customers: { name: string; identities: { handle: string }[] }[] }).customers) {
        const held = loose([customer.name, ...customer.identities.map((i) => i.handle)].join(' '));
        for (const word of words) expect(held, `${customer.name} found by ${JSON.stringify(query)}`).toContain(word);
      }
    });

    it.each([
      [['phone:%'], 'a wildcard phone'], [['email:*'], 'a wildcard e-mail'], [['handle:\u0000'], 'a NUL handle'], [[`phone:${'9'.repeat(500)}`], 'a 500-digit phone'],
    ])('answers the key %j (%s) with nobody', async (keys) => {
      const res = await search({ query: '', keys });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ customers: [] });
    });

    it.each([
      ['a query over 200 characters', { query: 'a'.repeat(201) }],
      ['21 keys', { keys: Array.from({ length: 21 }, (_, i) => `phone:${i}`) }],
      ['a key of an unknown kind', { keys: ['dni:30111222'] }],
      ['a key without a value', { keys: ['phone:'] }],
    ])('refuses %s with 400', async (_name, body) => {
      await expectRefusedWithoutChange(hostile, () => search(body), 400, 'bad_request');
    });
  });
});

describe('the suite', () => {
  it('sent its hostile requests, each bounded by a socket timeout', () => {
    console.log(`hostile pushes and searches to the servers: ${sent.count}`);
    expect(sent.count).toBeGreaterThanOrEqual(50);
  });
});
