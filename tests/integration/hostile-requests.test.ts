// Hostile requests against a real server on either engine (the sandbox's SQLite, an
// organisation's PostgreSQL): every route with every role and broken credentials, wrong methods, odd paths, broken framing and bodies. The cases are generated from
// one table of who may call what (ROUTES) and the payload lists of tests/fixtures. Each refusal
// must be a 4xx with a JSON error code that changed no data, and the server must answer a plain
// request afterwards. Mutations and search are in hostile-push.test.ts, the harness in
// hostile-harness.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CALLERS, type Caller, expectHealthy, expectRefused, expectRefusedWithoutChange, bearer, type HostileServer, JSON_HEADERS,
  openHostileServer, signIn, signInSession,
} from '../fixtures/hostile.ts';
import { EXTRA_FIELDS, HUGE_BODY, MALFORMED_BODIES, PROTO_FIELD, UNKNOWN_PATHS, wrongTypesFor } from '../fixtures/hostile-payloads.ts';
import { send, sendBytes, sent, type RawResponse } from '../fixtures/raw-http.ts';
import { ENGINE_SERVERS, type ServerUnderTest } from '../fixtures/servers.ts';
import type { Engine } from '../../src/server/store/sql.ts';

const ANYONE = CALLERS;
const SIGNED_IN: readonly Caller[] = ['agent', 'supervisor', 'trainer'];
const TRAINERS: readonly Caller[] = ['supervisor', 'trainer'];
const SUPERVISORS: readonly Caller[] = ['supervisor'];
const STAFF: readonly Caller[] = ['agent', 'supervisor'];
const TRAINER: readonly Caller[] = ['trainer'];

interface RouteRule {
  /** Who gets in; everyone else gets 401 (no session) or 403 (another role). */
  allowed: readonly Caller[];
  /** A well-formed body, fresh per call; omitted, the route reads none. */
  body?: () => Record<string, unknown>;
  /** Fields of `body` that take any JSON (z.json()), left out of the wrong-type cases. */
  anyType?: readonly string[];
  /** Fields of `body` that may be null, so null is no wrong type for them. */
  nullable?: readonly string[];
  /** What an allowed caller gets when it is not a 2xx. */
  allowedStatus?: number;
  /** Each call signs in afresh, for a route that ends the session it is called with. */
  ownSession?: boolean;
  /** Puts back what an allowed call changed that later cases would notice. */
  undo?: () => Promise<unknown>;
  /** Run before each case of the route: what its body needs afresh (a refresh token renews once). */
  fresh?: () => Promise<void>;
  /** An expired access token is let through: logout ends its session (src/server/routes/auth.test.ts). */
  expiredSignsOut?: boolean;
  /** A route of one engine's server alone: the sandbox's trainer controls and classes, an organisation's readiness and ingest. */
  only?: Engine;
}

let running: ServerUnderTest;
let hostile: HostileServer;
/**
 * What the table's bodies need from the running server, read once it runs or before each case
 * (the table is read before, for its shape): one of lucia's cases, the server's epoch a push
 * carries, and a refresh token not used yet.
 */
const lucia = { caseId: 'unknown' };
const server = { epoch: 'unknown' };
const unused = { refreshToken: 'r'.repeat(64) };

/** Who may call each route: the one place it is declared. A new route gets a line here. */
const ROUTES: Record<string, RouteRule> = {
  'GET /v1/health': { allowed: ANYONE },
  'POST /v1/auth/login': { allowed: ANYONE, body: () => ({ username: 'mateo', password: 'sandbox', deviceId: 'hostile-login' }) },
  // Logout ends the session it is called with, hence ownSession; a refresh token renews once, hence fresh.
  'POST /v1/auth/logout': { allowed: SIGNED_IN, ownSession: true, expiredSignsOut: true },
  'POST /v1/auth/refresh': {
    allowed: ANYONE, body: () => ({ refreshToken: unused.refreshToken }),
    fresh: async () => {
      unused.refreshToken = (await signInSession(hostile.base, 'mateo', 'hostile-refresh')).refreshToken;
    },
  },
  'POST /v1/sync/pull': { allowed: SIGNED_IN, body: () => ({ cursor: null, limit: 1 }) },
  'POST /v1/sync/push': { allowed: SIGNED_IN, body: () => ({ clientId: randomUUID(), epoch: server.epoch, mutations: [] }), nullable: ['epoch'] },
  'GET /v1/sync/events': { allowed: SIGNED_IN },
  'POST /v1/customers/search': { allowed: SIGNED_IN, body: () => ({ query: 'gomez', keys: [] }) },
  // A period with no case: the supervisor's draw is answered (empty_period) and stores nothing.
  'POST /v1/qa/draw': {
    allowed: SUPERVISORS, allowedStatus: 422,
    body: () => ({ agents: ['lucia'], perAgent: 1, confirm: true, from: '2001-01-01T00:00:00.000Z', to: '2001-02-01T00:00:00.000Z' }),
  },
  'POST /v1/qa/calibrations': { allowed: SUPERVISORS, allowedStatus: 404, body: () => ({ packId: 'no-such-pack', reviewers: ['sofia'] }) },
  // Supervisors only; the table's calls name no pack, so a supervisor gets 400 invalid_query.
  'GET /v1/qa/reviews': { allowed: SUPERVISORS, allowedStatus: 400 },
  // Agents (their own) and supervisors (their teams); the table's calls name no period, so a 400 invalid_query.
  'GET /v1/reports': { allowed: STAFF, allowedStatus: 400 },
  'GET /v1/reports/cases': { allowed: STAFF, allowedStatus: 400 },
  'GET /v1/reports/snapshots': { allowed: STAFF },
  // Agents and supervisors have a presence; a trainer has none.
  'POST /v1/presence': { allowed: STAFF, body: () => ({ state: 'available' }) },
  'GET /v1/team': { allowed: SUPERVISORS },
  'POST /v1/sandbox/reset': { only: 'sqlite', allowed: TRAINERS },
  'POST /v1/sandbox/clock': { only: 'sqlite', allowed: TRAINERS, body: () => ({ now: null }) },
  'POST /v1/sandbox/inbound': { only: 'sqlite',
    allowed: TRAINERS,
    body: () => ({ channel: 'webchat', customer: { name: 'Prueba', handle: 'hostile-suite' }, text: 'hola' }),
  },
  'POST /v1/sandbox/templates': { only: 'sqlite',
    allowed: TRAINERS,
    body: () => ({ id: 'hostile-template', title: 'T', shortcut: 'hostil', language: 'es', channels: ['email'], team: 'soporte', body: 'B' }),
    nullable: ['shortcut', 'channels', 'team'],
  },
  'POST /v1/sandbox/articles': { only: 'sqlite',
    allowed: TRAINERS,
    body: () => ({ id: 'hostile-article', title: 'T', summary: 'S', body: 'B', tags: ['x'], language: 'es' }),
  },
  'POST /v1/sandbox/settings': { only: 'sqlite', allowed: TRAINERS, body: () => ({ id: 'hostile_setting', value: {}, unchecked: false }), anyType: ['value'] },
  'GET /v1/sandbox/outbound': { only: 'sqlite', allowed: TRAINERS },
  'POST /v1/sandbox/assign': { only: 'sqlite', allowed: TRAINERS, body: () => ({ caseId: lucia.caseId, to: 'lucia' }), nullable: ['to'] },
  'POST /v1/sandbox/overflow': { only: 'sqlite', allowed: TRAINERS },
  'POST /v1/sandbox/revoke': { only: 'sqlite', allowed: TRAINERS, body: () => ({ username: 'mateo', deviceId: 'no-such-device' }) },
  'POST /v1/sandbox/expire': { only: 'sqlite', allowed: TRAINERS, body: () => ({ username: 'mateo', deviceId: 'no-such-device' }) },
  'POST /v1/sandbox/faults': { only: 'sqlite',
    allowed: TRAINERS, body: () => ({ route: 'events', times: 1, skip: 1000, status: 503 }),
    undo: () => send(hostile.base, { method: 'DELETE', path: '/v1/sandbox/faults', headers: bearer(hostile.tokens.trainer), probe: true }),
  },
  'DELETE /v1/sandbox/faults': { only: 'sqlite', allowed: TRAINERS },
  // Classes are a trainer's alone. The table's calls name no class (404), or give no query (400).
  'GET /v1/classes/scripts': { only: 'sqlite', allowed: TRAINER },
  'GET /v1/classes': { only: 'sqlite', allowed: TRAINER },
  'POST /v1/classes': { only: 'sqlite', allowed: TRAINER, allowedStatus: 400, body: () => ({ scenario: 'no-such-script', trainees: ['Ana'], speed: 1 }) },
  'POST /v1/classes/control': { only: 'sqlite', allowed: TRAINER, allowedStatus: 404, body: () => ({ classId: 'no-such-class', action: 'pause' }) },
  'POST /v1/classes/message': { only: 'sqlite',
    allowed: TRAINER, allowedStatus: 404, nullable: ['trainee'],
    body: () => ({ classId: 'no-such-class', trainee: null, channel: 'webchat', customer: { name: 'Prueba', handle: 'hostil' }, text: 'hola' }),
  },
  'GET /v1/classes/board': { only: 'sqlite', allowed: TRAINER, allowedStatus: 400 },
  'GET /v1/classes/grade': { only: 'sqlite', allowed: TRAINER, allowedStatus: 400 },
  'GET /v1/classes/timeline': { only: 'sqlite', allowed: TRAINER, allowedStatus: 400 },
  'GET /v1/classes/case': { only: 'sqlite', allowed: TRAINER, allowedStatus: 400 },
  // Unauthenticated: a code nobody was given is refused to everyone alike.
  'POST /v1/classes/join': { only: 'sqlite', allowed: ANYONE, allowedStatus: 401, body: () => ({ code: 'ZZZZ-ZZZZ' }) },
  // Whether the node can take consoles, for a load balancer: anyone may ask.
  'GET /v1/ready': { only: 'postgres', allowed: ANYONE },
  // A channel connector's key, not a session, lets a message in: every session is refused alike
  // (the key and the message's shape have their tests in organisation-server.test.ts).
  'POST /v1/ingest/messages': { only: 'postgres', allowed: ANYONE, allowedStatus: 401 },
};
/** A path under /v1/sandbox/ that names no control: not even its absence is told to an agent. */
const UNKNOWN_CONTROL: [string, RouteRule] = ['GET /v1/sandbox/no-such-control', { only: 'sqlite', allowed: TRAINERS, allowedStatus: 404 }];

/**
 * Fixes a case waits for: the case is skipped while its entry is true, and runs as written once
 * the fix is in and the entry false.
 */
const AWAITING = {
  /** Host and Origin checks (src/server/request-guard.ts). */
  hostCheck: false,
  /** A JSON content type required on bodies, so a page cannot post text/plain cross-site. */
  jsonContentType: false,
  /** The connection closed after a 413, so a keep-alive request after it does not hang. */
  closeAfter413: false,
};
/** `it`, or `it.skip` while the fix a case needs is awaited. */
const pendingUntil = (awaited: boolean) => (awaited ? it.skip : it);

const split = (route: string) => {
  const [method = '', path = ''] = route.split(' ');
  return { method, path };
};

/** The token a caller sends for a route, if any. */
async function tokenOf(caller: Caller, rule: RouteRule): Promise<string | null> {
  if (caller === 'none') return null;
  return rule.ownSession ? signIn(hostile.base, { agent: 'lucia', supervisor: 'sofia', trainer: 'diego' }[caller]) : hostile.tokens[caller];
}

/** A call of `route` as `caller`, well-formed unless `body` says otherwise. */
async function call(route: string, token: string | null, body?: string | Buffer, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { method, path } = split(route);
  const rule = ROUTES[route];
  const text = body ?? (rule?.body ? JSON.stringify(rule.body()) : undefined);
  return send(hostile.base, {
    method, path, body: text,
    headers: { ...(text === undefined ? {} : JSON_HEADERS), ...(token === null ? {} : bearer(token)), ...headers },
  });
}

/** The first caller the table lets in: who sends the malformed bodies. */
const firstAllowed = (rule: RouteRule): Caller => rule.allowed[0] ?? 'none';

describe.each(ENGINE_SERVERS)('on $engine', (engine) => {
  /** The routes of this engine's server. */
  const onEngine = ([, rule]: [string, RouteRule]) => rule.only === undefined || rule.only === engine.engine;
  const routeEntries = [...Object.entries(ROUTES), UNKNOWN_CONTROL].filter(onEngine);
  const withBody = Object.entries(ROUTES).filter(onEngine)
    .filter((entry): entry is [string, RouteRule & { body: () => Record<string, unknown> }] => entry[1].body !== undefined);

  beforeAll(async () => {
    running = await engine.start();
    hostile = await openHostileServer(running);
    server.epoch = hostile.epoch;
    lucia.caseId = (await hostile.sql.row<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'lucia' ORDER BY number LIMIT 1"))!.id;
  });
  afterAll(async () => {
    await expectHealthy(hostile.base);
    await running.stop();
  });

  describe('the role × route table', () => {
    it('names every route the server has', () => {
      expect(running.routeNames().filter((route) => !(route in ROUTES && onEngine([route, ROUTES[route]!])))).toEqual([]);
    });

    describe.each(routeEntries)('%s', (route, rule) => {
      if (rule.fresh) beforeEach(rule.fresh);
      it.each(CALLERS)('as %s: exactly what the table says', async (caller) => {
        const before = await hostile.world();
        const res = await call(route, await tokenOf(caller, rule));
        if (rule.allowed.includes(caller)) {
          if (rule.allowedStatus === undefined) expect([200, 201, 204], res.text.slice(0, 300)).toContain(res.status);
          else expectRefused(res, rule.allowedStatus);
          await rule.undo?.();
        } else {
          expectRefused(res, caller === 'none' ? 401 : 403, caller === 'none' ? 'unauthorized' : 'forbidden');
          expect(await hostile.world()).toEqual(before);
        }
        await expectHealthy(hostile.base);
      });
    });
  });

  /** Credentials that must not get past authentication, with what each gets. */
  const BAD_CREDENTIALS: Record<string, { header: () => Record<string, string>; status: number; code: string }> = {
    'a token without "Bearer"': { header: () => ({ authorization: hostile.tokens.agent }), status: 401, code: 'unauthorized' },
    'Basic credentials': { header: () => ({ authorization: `Basic ${btoa('lucia:sandbox')}` }), status: 401, code: 'unauthorized' },
    'two tokens': { header: () => ({ authorization: `Bearer ${hostile.tokens.trainer} ${hostile.tokens.trainer}` }), status: 401, code: 'unauthorized' },
    'an unknown token': { header: () => bearer('f'.repeat(64)), status: 401, code: 'unauthorized' },
    'an 8 KB token': { header: () => bearer('a'.repeat(8_000)), status: 401, code: 'unauthorized' },
    'a token in the query string': { header: () => ({}), status: 401, code: 'unauthorized' },
    // The one refusal a console answers by renewing its token (src/protocol/auth.ts).
    'an expired token': { header: () => bearer(hostile.tokens.expired), status: 401, code: 'token_expired' },
    'a revoked token': { header: () => bearer(hostile.tokens.revoked), status: 403, code: 'device_revoked' },
  };

  describe.each(routeEntries.filter(([, rule]) => !rule.allowed.includes('none')))('%s with broken credentials', (route, rule) => {
    if (rule.fresh) beforeEach(rule.fresh);
    const credentials = Object.entries(BAD_CREDENTIALS).filter(([name]) => !(rule.expiredSignsOut && name === 'an expired token'));
    it.each(credentials)('refuses %s', async (name, { header, status, code }) => {
      const { method, path } = split(route);
      const query = name === 'a token in the query string' ? `?token=${hostile.tokens.trainer}&access_token=${hostile.tokens.trainer}` : '';
      const body = rule.body ? JSON.stringify(rule.body()) : undefined;
      await expectRefusedWithoutChange(hostile, () => send(hostile.base, {
        method, path: path + query, body, headers: { ...(body === undefined ? {} : JSON_HEADERS), ...header() },
      }), status, code);
    });
  });

  describe('methods and paths that name no route', () => {
    const paths = [...new Set(routeEntries.map(([route]) => split(route).path))];
    const wrongMethods = paths.flatMap((path) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
      .filter((method) => !routeEntries.some(([route]) => route === `${method} ${path}`))
      .map((method) => [method, path] as const));

    it.each(wrongMethods)('%s %s is refused, even for a trainer', async (method, path) => {
      await expectRefusedWithoutChange(hostile, () => send(hostile.base, { method, path, headers: bearer(hostile.tokens.trainer) }), [404, 405]);
    });

    it.each(UNKNOWN_PATHS)('GET %s is a 404 for a trainer', async (path) => {
      await expectRefusedWithoutChange(hostile, () => send(hostile.base, { method: 'GET', path, headers: bearer(hostile.tokens.trainer) }), 404, 'not_found');
    });

    // `..` is resolved before routing: a path that reaches a control is that control, with its check.
    it.each([
      '/v1/health/../sandbox/outbound', '/v1/%2e%2e/v1/sandbox/outbound', '/v1/sync/..%2f..%2fsandbox/outbound',
      '/v1/sandbox/../sandbox/outbound', '/v1/sandbox/%2e%2e/sandbox/outbound', '/v1/sandbox/./outbound', '/v1/sandbox//outbound',
    ])('an agent reaching for a control through %s gets no further than 403 or 404', async (path) => {
      await expectRefusedWithoutChange(hostile, () => send(hostile.base, { method: 'GET', path, headers: bearer(hostile.tokens.agent) }), [403, 404]);
    });

    it('answers a request line over 16 KiB with 431 and a JSON code', async () => {
      await expectRefusedWithoutChange(hostile, () => send(hostile.base, { method: 'GET', path: `/v1/${'a'.repeat(20_000)}` }), 431, 'headers_too_large');
    });

    it('answers headers over 16 KiB with 431 and a JSON code', async () => {
      await expectRefusedWithoutChange(hostile, () => send(hostile.base, {
        method: 'POST', path: '/v1/sync/pull', headers: { ...bearer(hostile.tokens.agent), 'x-padding': 'a'.repeat(20_000) },
      }), 431, 'headers_too_large');
    });

    it('refuses a hundred headers of junk with no session', async () => {
      const junk = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`x-junk-${i}`, `<script>${i}</script>`]));
      await expectRefusedWithoutChange(hostile, () => call('POST /v1/sync/pull', null, undefined, junk), 401, 'unauthorized');
    });
  });

  /** Framing no HTTP client would send, written on a raw socket. */
  const FRAMING: Record<string, () => string> = {
    'an unknown method': () => 'BREW /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    'HTTP/9.9': () => 'GET /v1/health HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n',
    'a space inside the path': () => 'GET /v1/he alth HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    'a header without a colon': () => 'GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nbroken header\r\n\r\n',
    'a NUL in the path': () => 'GET /v1/health\u0000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    'raw non-ASCII in the path': () => 'GET /v1/ñandú HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    'both Content-Length and chunked': () => pullHead('Content-Length: 5\r\nTransfer-Encoding: chunked') + '0\r\n\r\n',
    'two different Content-Lengths': () => pullHead('Content-Length: 2\r\nContent-Length: 40') + '{}',
    'a negative Content-Length': () => pullHead('Content-Length: -1') + '{}',
    'a chunk size that is not hex': () => pullHead('Transfer-Encoding: chunked') + 'zz\r\n{}\r\n0\r\n\r\n',
    'a body shorter than its Content-Length': () => pullHead('Content-Length: 100') + '{"cursor":',
    'a chunked body cut short': () => pullHead('Transfer-Encoding: chunked') + '40\r\n{"cursor":',
  };
  const pullHead = (headers: string) =>
    `POST /v1/sync/pull HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${hostile.tokens.agent}\r\nContent-Type: application/json\r\n${headers}\r\n\r\n`;

  describe('broken framing', () => {
    it.each(Object.entries(FRAMING))('answers %s with a JSON 400', async (_name, bytes) => {
      await expectRefusedWithoutChange(hostile, () => sendBytes(hostile.base, bytes()), 400, 'bad_request');
    });
  });

  describe.each(withBody)('%s with a broken body', (route, rule) => {
    const caller = firstAllowed(rule);
    if (rule.fresh) beforeEach(rule.fresh);

    it.each(Object.entries(MALFORMED_BODIES))('refuses %s', async (_name, { body, code }) => {
      await expectRefusedWithoutChange(hostile, async () => call(route, await tokenOf(caller, rule), body), 400, code);
    });

    it('refuses a body over 10 MiB with 413', async () => {
      await expectRefusedWithoutChange(hostile, async () => call(route, await tokenOf(caller, rule), HUGE_BODY), 413, 'too_large');
    });

    const wrongTypes = Object.entries(rule.body())
      .filter(([field]) => !rule.anyType?.includes(field))
      .flatMap(([field, valid]) => wrongTypesFor(valid)
        .filter((wrong) => wrong !== null || !rule.nullable?.includes(field))
        .map((wrong) => [field, JSON.stringify(wrong)] as const));
    it.each(wrongTypes)('refuses %s as %s', async (field, wrong) => {
      const body = JSON.stringify({ ...rule.body(), [field]: JSON.parse(wrong) as unknown });
      await expectRefusedWithoutChange(hostile, async () => call(route, await tokenOf(caller, rule), body), 400, 'bad_request');
    });

    it('ignores extra fields: no role, user or prototype comes from the body', async () => {
      const valid = rule.body();
      const extra = Object.fromEntries(Object.entries(EXTRA_FIELDS).filter(([field]) => !(field in valid)));
      const body = JSON.stringify({ ...extra, ...valid }).replace(/^\{/, `{${PROTO_FIELD},`);
      const res = await call(route, await tokenOf(caller, rule), body);
      // Parsed as the valid body: the answer the table gives it (a 2xx, or its allowedStatus).
      expect(res.status, res.text.slice(0, 300)).toBe(rule.allowedStatus ?? 200);
      expect(Object.prototype).not.toHaveProperty('polluted');
      if (route === 'POST /v1/auth/login') expect(res.json).toMatchObject({ agent: { username: 'mateo', role: 'agent' } });
      await rule.undo?.();
      await expectHealthy(hostile.base);
    });

    pendingUntil(AWAITING.jsonContentType)('refuses a well-formed body sent as text/plain', async () => {
      await expectRefusedWithoutChange(hostile, async () => call(route, await tokenOf(caller, rule), undefined, { 'content-type': 'text/plain' }), 415);
    });
  });

  describe('what a signed-in agent cannot claim', () => {
    it('pulls only its own feed, whatever user the body names', async () => {
      const pull = async (body: object) => (await call('POST /v1/sync/pull', hostile.tokens.agent, JSON.stringify({ cursor: null, limit: 2000, ...body }))).json;
      expect(await pull({ username: 'mateo', scope: '*' })).toEqual(expect.objectContaining({ changes: (await pull({}) as { changes: unknown }).changes }));
    });

    // An organisation's server has no trainer controls to reach.
    it.runIf(engine.engine === 'sqlite')('cannot reach a trainer control with a trainer role claimed in a header', async () => {
      await expectRefusedWithoutChange(hostile, () => call('POST /v1/sandbox/reset', hostile.tokens.agent, undefined, { 'x-role': 'trainer', 'x-user': 'diego' }), 403, 'forbidden');
    });
  });

  describe('the Host and Origin checks', () => {
    pendingUntil(AWAITING.hostCheck).each([
      ['a foreign Host', { host: 'evil.example' }],
      ['a rebound Host', { host: 'attacker.example:1234' }],
      ['a foreign Origin', { origin: 'https://evil.example' }],
    ])('refuses %s', async (_name, headers) => {
      await expectRefusedWithoutChange(hostile, () => call('POST /v1/auth/login', null, undefined, headers), [403, 421]);
    });

    pendingUntil(AWAITING.hostCheck)('answers a request without Host with a JSON 400', async () => {
      await expectRefusedWithoutChange(hostile, () => sendBytes(hostile.base, 'GET /v1/health HTTP/1.1\r\n\r\n'), 400);
    });
  });

  describe('after a 413', () => {
    // The other cases use a fresh connection per request; this one sends the next on the same one.
    pendingUntil(AWAITING.closeAfter413)('closes the connection, so a keep-alive request does not hang', async () => {
      const head = `POST /v1/sync/pull HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${hostile.tokens.agent}\r\n`;
      // Left open on our side: only the server closing it ends the wait before the socket timeout.
      const res = await sendBytes(hostile.base, Buffer.concat([
        Buffer.from(`${head}Connection: keep-alive\r\nContent-Length: ${HUGE_BODY.length}\r\n\r\n`), HUGE_BODY,
        Buffer.from('GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'),
      ]), { keepOpen: true });
      expect(res.status).toBe(413);
      expect(String(res.headers.connection)).toMatch(/close/i);
    });
  });
});

describe('the suite', () => {
  it('sent at least 200 hostile requests, each bounded by a socket timeout', () => {
    console.log(`hostile requests to the servers: ${sent.count}`);
    expect(sent.count).toBeGreaterThanOrEqual(200);
  });
});
