// The sandbox central API: a real HTTP server implementing docs/openapi.yaml on loopback,
// for trainers, demos and tests. It never talks to real customers. This file puts the parts
// together: the SQLite store, the sandbox's clock and world, and the routes (routes/), which
// reach the database only through the store.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { answerClientError } from '../node/client-error.ts';
import type { HealthResponse } from '../protocol/sync.ts';
import { SandboxClock } from './clock.ts';
import { Faults } from './faults.ts';
import { Feed } from './feed.ts';
import { HttpError, sendError, sendJson } from './http.ts';
import { KnowledgeAdmin } from './knowledge-admin.ts';
import { MutationApplier } from './mutations.ts';
import { Pokes } from './pokes.ts';
import { allowedHostsFromEnv, guardRequest, GUARDED_SERVER_OPTIONS } from './request-guard.ts';
import { authRoutes, tokenHolds, type SessionLifetimes } from './routes/auth.ts';
import { directoryRoutes } from './routes/directory.ts';
import { qaRoutes } from './routes/qa.ts';
import { teamRoutes } from './routes/team.ts';
import { LastContacts } from './contacts.ts';
import { qaReviewRoutes } from './routes/qa-reviews.ts';
import { reportRoutes } from './routes/reports.ts';
import type { Api, Handler } from './routes/route.ts';
import { SANDBOX_PREFIX, sandboxRoutes, unknownControl } from './routes/sandbox.ts';
import { syncRoutes } from './routes/sync.ts';
import { Controls } from './sandbox/controls.ts';
import { isSeeded, reseed } from './sandbox/seed.ts';
import { loadScenario, type Scenario } from './scenario.ts';
import { openSandboxDb, type SandboxDb } from './schema.ts';
import { SqliteStore } from './store/sqlite-store.ts';

export interface SandboxOptions {
  /** Folder for the sandbox's database; omitted, the sandbox lives in memory. */
  dataDir?: string;
  scenario?: string | Scenario;
  /** Where scenario files live (a packaged app passes its resources folder). */
  scenarioDir?: string;
  /** Grow the scenario to this many cases (benchmarks, big classes). */
  cases?: number;
  /** How often event streams get a heartbeat and their tokens are checked; 15 s unless a test asks. */
  heartbeatMs?: number;
  /** How long access and refresh tokens work (tests and classes shorten them). */
  sessions?: SessionLifetimes;
  /** Host names to answer to beyond loopback and IP addresses; by default `ATIENDE_ALLOWED_HOSTS`. */
  allowedHosts?: string[];
  /** Serve https with this certificate and key (PEM); without them, plain http (loopback, or a class's private network). */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export class SandboxServer {
  readonly db: SandboxDb;
  readonly clock: SandboxClock;
  readonly faults = new Faults();
  /** Trainer controls, for in-process use (benchmarks); over HTTP under /v1/sandbox/. */
  readonly controls: Controls;
  private readonly feed: Feed;
  private readonly store: SqliteStore;
  private readonly pokes: Pokes;
  private readonly contacts: LastContacts;
  private readonly api: Api;
  private readonly routes: Map<string, Handler>;
  private readonly scenario: Scenario;
  private readonly cases: number | undefined;
  private readonly allowedHosts: string[];
  private readonly tls: SandboxOptions['tls'];
  private server: Server | null = null;

  /** Opens (or creates) the sandbox's store, seeding the scenario into a new one. */
  static async open(options: SandboxOptions = {}): Promise<SandboxServer> {
    const scenario = typeof options.scenario === 'object' ? options.scenario : loadScenario(options.scenario ?? 'default', options.scenarioDir);
    const db = openSandboxDb(options.dataDir ? join(options.dataDir, 'sandbox.db') : ':memory:');
    const feed = new Feed(db);
    const store = new SqliteStore(db, feed);
    const clock = await SandboxClock.open(store.instance);
    const server = new SandboxServer({ db, feed, store, clock, epoch: await store.instance.epoch() }, scenario, options);
    if (!isSeeded(db)) await server.reset();
    return server;
  }

  private constructor(
    { db, feed, store, clock, epoch }: { db: SandboxDb; feed: Feed; store: SqliteStore; clock: SandboxClock; epoch: string },
    scenario: Scenario, options: Pick<SandboxOptions, 'cases' | 'heartbeatMs' | 'sessions' | 'allowedHosts' | 'tls'>,
  ) {
    this.db = db;
    this.feed = feed;
    this.store = store;
    this.clock = clock;
    this.scenario = scenario;
    this.cases = options.cases;
    this.allowedHosts = options.allowedHosts ?? allowedHostsFromEnv();
    this.tls = options.tls;
    // A stream lasts as long as its token holds (pokes.ts): not past its time, revoked or signed out.
    this.pokes = new Pokes((token) => tokenHolds(store, clock, token), options.heartbeatMs);
    this.controls = new Controls(db, feed, clock);
    this.contacts = new LastContacts(store.team, clock);
    this.api = { store, clock, faults: this.faults, pokes: this.pokes, epoch, contacts: this.contacts };
    const sandbox = {
      clock, controls: this.controls, knowledge: new KnowledgeAdmin(store, clock),
      reset: () => this.reset(), exclusive: <T>(work: () => T) => store.exclusive(work),
    };
    this.routes = new Map(Object.entries({
      ...authRoutes(this.api, options.sessions),
      ...syncRoutes(this.api, new MutationApplier(store, clock)),
      ...directoryRoutes(this.api),
      ...qaRoutes(this.api),
      ...qaReviewRoutes(this.api),
      ...reportRoutes(this.api),
      ...teamRoutes(this.api),
      'GET /v1/health': (_req, res) => Promise.resolve(sendJson(res, 200, { ok: true, serverNow: clock.now().toISOString(), sandbox: true } satisfies HealthResponse)),
      ...sandboxRoutes(this.api, sandbox),
    } satisfies Record<string, Handler>));
  }

  /** Every route as `METHOD /path`: what a test's table of who may call what must cover. */
  get routeNames(): string[] {
    return [...this.routes.keys()];
  }

  /** Reseeds the scenario (sandbox-only, on SQLite); every console is poked to pull the change. */
  async reset(): Promise<void> {
    await this.store.exclusive(() => reseed(this.db, this.feed, this.scenario, this.clock.now(), this.cases));
    this.contacts.forget();
    this.pokes.poke();
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    const server: Server = this.tls ? createTlsServer({ ...this.tls, ...GUARDED_SERVER_OPTIONS }, handler) : createServer(GUARDED_SERVER_OPTIONS, handler);
    server.on('clientError', answerClientError((_status, error, message) => ({ error, message })));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.pokes.start();
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('The sandbox server is not listening');
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `${this.tls ? 'https' : 'http'}://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    this.pokes.close();
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    this.db.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      // Before any route reads the request: a Host this server answers to, no other site's Origin.
      guardRequest(req, this.allowedHosts);
      const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
      const route = `${req.method ?? 'GET'} ${path}`;
      const handler = this.routes.get(route) ?? (path.startsWith(SANDBOX_PREFIX) ? unknownControl(this.api, route) : undefined);
      if (!handler) throw new HttpError(404, 'not_found', `No route ${route}`);
      await handler(req, res);
    } catch (error) {
      if (!res.headersSent) sendError(res, error);
      else res.destroy();
    }
  }
}
