// The sandbox central API: a real HTTP server implementing docs/openapi.yaml on loopback,
// for trainers, demos and tests. It never talks to real customers.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { CustomerSearchRequest } from '../protocol/directory.ts';
import { PullRequest, PushRequest, type PushResponse } from '../protocol/sync.ts';
import { Auth, type Caller, type SessionLifetimes } from './auth.ts';
import { SandboxClock } from './clock.ts';
import { AssignRequest, Controls, InboundRequest } from './controls.ts';
import { ArticleRequest, CompanyTemplateRequest, KnowledgeAdmin } from './knowledge-admin.ts';
import { Fault, Faults } from './faults.ts';
import { Feed } from './feed.ts';
import { HttpError, readJson, sendError, sendJson } from './http.ts';
import { allowedHostsFromEnv, guardRequest } from './request-guard.ts';
import { MutationApplier, SequenceGapError } from './mutations.ts';
import { loadScenario, type Scenario } from './scenario.ts';
import { meta, openSandboxDb, SCENARIO_TABLES, setMeta, type SandboxDb } from './schema.ts';
import { seedScenario } from './seed.ts';
import { SqliteStore } from './store/sqlite-store.ts';
import { putSetting, SettingRequest } from './settings-admin.ts';

export interface SandboxOptions {
  /** Folder for the sandbox's database; omitted, the sandbox lives in memory. */
  dataDir?: string;
  scenario?: string | Scenario;
  /** Where scenario files live (a packaged app passes its resources folder). */
  scenarioDir?: string;
  /** Grow the scenario to this many cases (benchmarks, big classes). */
  cases?: number;
  /** How long access and refresh tokens work (tests and classes shorten them). */
  sessions?: SessionLifetimes;
  /** Host names to answer to beyond loopback and IP addresses; by default `ATIENDE_ALLOWED_HOSTS`. */
  allowedHosts?: string[];
  /** Serve https with this certificate and key (PEM); without them, plain http (loopback, or a class's private network). */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

const ClockRequest = z.object({ now: z.iso.datetime({ offset: true }).nullable() });
/** Revoke or expire the tokens of one device (its client id), or of every device of a user. */
const TokenRequest = z.object({ username: z.string().min(1), deviceId: z.string().min(1).optional() });
const HEARTBEAT_MS = 15_000;

export class SandboxServer {
  readonly db: SandboxDb;
  readonly clock: SandboxClock;
  readonly faults = new Faults();
  private readonly feed: Feed;
  private readonly store: SqliteStore;
  private readonly applier: MutationApplier;
  private readonly auth: Auth;
  private readonly allowedHosts: string[];
  private readonly tls: SandboxOptions['tls'];
  /** Trainer controls, for in-process use (benchmarks); over HTTP under /v1/sandbox/. */
  readonly controls: Controls;
  /** The administrators' side of templates and the knowledge base. */
  readonly knowledge: KnowledgeAdmin;
  private readonly scenario: Scenario;
  private readonly cases: number | undefined;
  private readonly epoch: string;
  private readonly listeners = new Set<ServerResponse>();
  private server: Server | null = null;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(options: SandboxOptions = {}) {
    this.db = openSandboxDb(options.dataDir ? join(options.dataDir, 'sandbox.db') : ':memory:');
    this.clock = new SandboxClock(this.db);
    this.feed = new Feed(this.db);
    this.store = new SqliteStore(this.db, this.feed);
    this.applier = new MutationApplier(this.store, this.clock);
    this.auth = new Auth(this.store, this.clock, options.sessions);
    this.allowedHosts = options.allowedHosts ?? allowedHostsFromEnv();
    this.tls = options.tls;
    this.controls = new Controls(this.db, this.feed, this.clock);
    this.knowledge = new KnowledgeAdmin(this.db, this.feed, this.clock);
    this.scenario = typeof options.scenario === 'object' ? options.scenario : loadScenario(options.scenario ?? 'default', options.scenarioDir);
    this.cases = options.cases;
    if (meta(this.db, 'epoch') === null) setMeta(this.db, 'epoch', randomBytes(6).toString('hex'));
    this.epoch = meta(this.db, 'epoch') ?? '';
    if (meta(this.db, 'seeded') !== '1') this.reset();
  }

  /** Reseeds the scenario. Consoles receive `del`s for what vanished and fresh rows for the rest. */
  reset(): void {
    this.db.transaction(() => {
      this.feed.retractAll('reset');
      for (const table of SCENARIO_TABLES) this.db.exec(`DELETE FROM ${table}`);
      this.db.exec('DELETE FROM outbound');
      seedScenario(this.db, this.feed, this.scenario, this.clock.now(), this.cases);
      setMeta(this.db, 'seeded', '1');
    })();
    this.poke();
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    const server: Server = this.tls ? createTlsServer(this.tls, handler) : createServer(handler);
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.heartbeat = setInterval(() => this.broadcast(': heartbeat\n\n'), HEARTBEAT_MS).unref();
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('The sandbox server is not listening');
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `${this.tls ? 'https' : 'http'}://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const res of this.listeners) res.end();
    this.listeners.clear();
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    this.db.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      guardRequest(req, this.allowedHosts);
      const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
      const route = `${req.method ?? 'GET'} ${path}`;
      switch (route) {
        case 'POST /v1/auth/login':
          return await this.auth.login(req, res, () => this.fault('login', res));
        case 'POST /v1/auth/refresh':
          return await this.auth.refresh(req, res);
        case 'POST /v1/auth/logout':
          return await this.auth.logout(req, res);
        case 'POST /v1/sync/pull':
          return await this.pull(req, res);
        case 'POST /v1/sync/push':
          return await this.push(req, res);
        case 'GET /v1/sync/events':
          return await this.events(req, res);
        case 'POST /v1/customers/search': {
          await this.authenticate(req);
          return sendJson(res, 200, { customers: await this.store.directory.search(await readJson(req, CustomerSearchRequest)) });
        }
        case 'GET /v1/health':
          return sendJson(res, 200, { ok: true, serverNow: this.clock.now().toISOString(), sandbox: true });
      }
      if (path.startsWith('/v1/sandbox/')) return await this.control(route, req, res);
      throw new HttpError(404, 'not_found', `No route ${route}`);
    } catch (error) {
      if (!res.headersSent) sendError(res, error);
      else res.destroy();
    }
  }

  /** Applies an injected fault; true when it answered the request itself. */
  private async fault(route: Fault['route'], res: ServerResponse, apply?: () => Promise<unknown>): Promise<boolean> {
    const fault = this.faults.take(route);
    if (!fault) return false;
    if (fault.dropAfterApply) await apply?.();
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.dropAfterApply) {
      res.socket?.destroy();
      return true;
    }
    if (fault.malformed !== undefined) {
      sendJson(res, 200, fault.malformed);
      return true;
    }
    if (fault.status) {
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      sendJson(res, fault.status, { error: 'injected_fault', message: `Injected ${fault.status}` }, headers);
      return true;
    }
    return false;
  }

  private authenticate(req: IncomingMessage): Promise<Caller> {
    return this.auth.authenticate(req);
  }

  private async pull(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = await this.authenticate(req);
    const body = await readJson(req, PullRequest);
    if (await this.fault('pull', res)) return;
    const after = body.cursor === null ? 0 : this.readCursor(body.cursor);
    const page = this.feed.page(session.username, after, body.limit);
    sendJson(res, 200, {
      changes: page.changes,
      cursor: `${this.epoch}.${page.last}`,
      hasMore: page.remaining > 0,
      remaining: page.remaining,
      serverNow: this.clock.now().toISOString(),
    });
  }

  /**
   * Cursors carry the epoch of this server's store: a cursor from another store (the sandbox
   * restarted in memory, or restored) cannot silently skip changes; the console resyncs.
   */
  private readCursor(cursor: string): number {
    const [, epoch, seq] = /^([0-9a-f]+)\.(\d{1,15})$/.exec(cursor) ?? [];
    const after = Number(seq);
    if (epoch !== this.epoch || seq === undefined || after > this.feed.lastSeq()) {
      throw new HttpError(410, 'resync_required', 'This cursor is not from this server: pull again from the start');
    }
    return after;
  }

  private async push(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = await this.authenticate(req);
    const body = await readJson(req, PushRequest);
    const run = async () => {
      try {
        return await this.applier.push(session.username, body.clientId, body.mutations);
      } catch (error) {
        if (error instanceof SequenceGapError) {
          throw new HttpError(409, 'sequence_gap', error.message, { expectedSeq: error.expectedSeq });
        }
        throw error;
      }
    };
    let response: PushResponse | undefined;
    if (await this.fault('push', res, async () => (response = await run()))) {
      if (response) this.poke();
      return;
    }
    response = await run();
    sendJson(res, 200, response);
    if (response.results.some((r) => r.status === 'applied')) this.poke();
  }

  private async events(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await this.authenticate(req);
    if (await this.fault('events', res)) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.listeners.add(res);
    req.on('close', () => this.listeners.delete(res));
  }

  /** Content-free: "something changed, pull now". Consoles only learn what changed by pulling. */
  private poke(): void {
    this.broadcast('event: poke\ndata: {}\n\n');
  }

  private broadcast(frame: string): void {
    for (const res of this.listeners) res.write(frame);
  }

  private async control(route: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = await this.authenticate(req);
    if (session.role !== 'trainer' && session.role !== 'supervisor') {
      throw new HttpError(403, 'forbidden', 'Trainer controls need a trainer or supervisor account');
    }
    switch (route) {
      case 'POST /v1/sandbox/reset':
        this.reset();
        return sendJson(res, 200, { ok: true });
      case 'POST /v1/sandbox/clock': {
        const { now } = await readJson(req, ClockRequest);
        this.clock.set(now === null ? null : new Date(now));
        return sendJson(res, 200, { serverNow: this.clock.now().toISOString() });
      }
      case 'POST /v1/sandbox/inbound': {
        const result = this.controls.inbound(await readJson(req, InboundRequest));
        this.poke();
        return sendJson(res, 200, result);
      }
      case 'POST /v1/sandbox/templates': {
        const result = this.knowledge.putTemplate(await readJson(req, CompanyTemplateRequest));
        this.poke();
        return sendJson(res, 200, result);
      }
      case 'POST /v1/sandbox/articles': {
        const result = this.knowledge.putArticle(await readJson(req, ArticleRequest));
        this.poke();
        return sendJson(res, 200, result);
      }
      case 'POST /v1/sandbox/settings': {
        const result = putSetting(this.db, this.feed, await readJson(req, SettingRequest));
        this.poke();
        return sendJson(res, 200, result);
      }
      case 'GET /v1/sandbox/outbound':
        return sendJson(res, 200, { messages: this.controls.outbound() });
      case 'POST /v1/sandbox/assign':
        this.controls.assign(await readJson(req, AssignRequest));
        this.poke();
        return sendJson(res, 200, { ok: true });
      case 'POST /v1/sandbox/revoke':
      case 'POST /v1/sandbox/expire': {
        const { username, deviceId } = await readJson(req, TokenRequest);
        const state = route.endsWith('revoke') ? 'revoked' : 'expired';
        return sendJson(res, 200, { tokens: await this.store.sessions.end(username, deviceId ?? null, state) });
      }
      case 'POST /v1/sandbox/faults':
        this.faults.add(await readJson(req, Fault));
        return sendJson(res, 200, { ok: true });
      case 'DELETE /v1/sandbox/faults':
        this.faults.clear();
        return sendJson(res, 200, { ok: true });
    }
    throw new HttpError(404, 'not_found', `No trainer control ${route}`);
  }
}
