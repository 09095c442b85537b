// The sandbox central API: a real HTTP server implementing docs/openapi.yaml on loopback,
// for trainers, demos and tests. It never talks to real customers. This file puts the parts
// together: the SQLite store, the sandbox's clock and world, and the routes (routes/), which
// reach the database only through the store.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Classes } from './classes/classes.ts';
import { openWorld, type World } from './classes/world.ts';
import { SandboxClock } from './clock.ts';
import { Faults } from './faults.ts';
import { compactFeed, FeedCompaction } from './feed-compaction.ts';
import { HttpError, sendError } from './http.ts';
import { KnowledgeAdmin } from './knowledge-admin.ts';
import { allowedHostsFromEnv, guardRequest } from './request-guard.ts';
import { listen, urlOf } from './listen.ts';
import { classRoutes } from './routes/classes.ts';
import { classScriptDirFor } from './classes/load-script.ts';
import { bearer, type SessionLifetimes } from './routes/auth.ts';
import { SANDBOX_PREFIX, sandboxRoutes, unknownControl } from './routes/sandbox.ts';
import type { Controls } from './sandbox/controls.ts';
import type { Overflowed } from './inbound/overflow.ts';
import { OverflowTimer, type OverflowTimerOptions } from './inbound/overflow-timer.ts';
import { isSeeded, reseed } from './sandbox/seed.ts';
import { loadScenario, type Scenario } from './scenario.ts';
import type { SandboxDb } from './schema.ts';
import type { Sql } from './store/sql.ts';

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
  /** Where class scripts live; by default `classes/` beside `scenarioDir` when one is given (a packaged app's resources), else resources/classes/. */
  classScriptDir?: string;
  /** Overflow applied on a real-time timer: every 30 s unless asked otherwise (`everyMs: 0`, off). */
  overflow?: OverflowTimerOptions;
}

/** Sign-in and renewal always reach the main world, which finds a trainee's world itself. */
const MAIN_ONLY = new Set(['POST /v1/auth/login', 'POST /v1/auth/refresh']);

export class SandboxServer {
  readonly db: SandboxDb;
  readonly clock: SandboxClock;
  readonly faults: Faults;
  /** Trainer controls, for in-process use (benchmarks); over HTTP under /v1/sandbox/. */
  readonly controls: Controls;
  /** The training classes, each trainee on a store of their own. */
  readonly classes: Classes;
  private readonly main: World<SandboxClock>;
  private readonly scenario: Scenario;
  private readonly cases: number | undefined;
  private readonly allowedHosts: string[];
  private readonly tls: SandboxOptions['tls'];
  private readonly overflowTimer: OverflowTimer;
  private server: Server | null = null;
  private readonly compaction: FeedCompaction;

  /** Opens (or creates) the sandbox's store, seeding the scenario into a new one, and reopens its classes. */
  static async open(options: SandboxOptions = {}): Promise<SandboxServer> {
    const scenario = typeof options.scenario === 'object' ? options.scenario : loadScenario(options.scenario ?? 'default', options.scenarioDir);
    const faults = new Faults();
    const classScriptDir = options.classScriptDir ?? classScriptDirFor(options.scenarioDir);
    /** Classes open once the main store does; sign-in asks them only after. */
    const opened: { classes?: Classes } = {};
    const lifetimes: SessionLifetimes | undefined = options.sessions;
    const main = await openWorld({
      file: options.dataDir ? join(options.dataDir, 'sandbox.db') : ':memory:',
      clock: (instance) => SandboxClock.open(instance),
      faults, heartbeatMs: options.heartbeatMs, sessions: lifetimes,
      desk: {
        trainee: (username, password, deviceId) => opened.classes?.trainee(username, password, deviceId) ?? Promise.resolve(null),
        worldOf: (token) => opened.classes?.worldOf(token),
      },
      extraRoutes: (world) => {
        const sandbox = {
          clock: world.clock, controls: world.controls, knowledge: new KnowledgeAdmin(world.store, world.clock),
          reset: () => server.reset(),
          overflow: () => overflowIn(world),
        };
        return sandboxRoutes(world.api, sandbox);
      },
    });
    const classes = await Classes.open({
      db: main.db, dataDir: options.dataDir, scriptDir: classScriptDir, scenarioDir: options.scenarioDir,
      faults, heartbeatMs: options.heartbeatMs, sessions: lifetimes,
    });
    opened.classes = classes;
    // The classes keep their registry in the main store, so their routes join it once it is open.
    for (const [route, handler] of Object.entries(classRoutes(main.api, classes, { scriptDir: classScriptDir, scenarioDir: options.scenarioDir }))) main.routes.set(route, handler);
    const server: SandboxServer = new SandboxServer(main, classes, faults, scenario, options);
    if (!await main.store.withSql(isSeeded)) await server.reset();
    return server;
  }

  private constructor(main: World<SandboxClock>, classes: Classes, faults: Faults, scenario: Scenario, options: Pick<SandboxOptions, 'cases' | 'allowedHosts' | 'tls' | 'overflow'>) {
    this.main = main;
    this.classes = classes;
    this.faults = faults;
    this.db = main.db;
    this.clock = main.clock;
    this.controls = main.controls;
    this.scenario = scenario;
    this.cases = options.cases;
    this.allowedHosts = options.allowedHosts ?? allowedHostsFromEnv();
    this.tls = options.tls;
    this.overflowTimer = new OverflowTimer(() => overflowIn(main), options.overflow);
    this.compaction = new FeedCompaction(main.store);
  }

  /** Every route as `METHOD /path`: what a test's table of who may call what must cover. */
  get routeNames(): string[] {
    return [...this.main.routes.keys()];
  }

  /** Runs `work` on the main store in one transaction of its own, between the server's (tests and benchmarks writing what no route writes). */
  withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.main.store.withSql(work);
  }

  /** Prunes the feed's dels older than the horizon counted back from `now` (the hourly run, on demand). */
  compactFeed(now = new Date()): Promise<{ pruned: number; horizon: number }> {
    return compactFeed(this.main.store, now);
  }

  /** Reseeds the scenario (sandbox-only, on SQLite); every console is poked to pull the change. */
  async reset(): Promise<void> {
    const { store, contacts, pokes } = this.main;
    await store.withSql((sql) => reseed(sql, this.scenario, this.clock.now(), { cases: this.cases }));
    contacts.forget();
    pokes.poke();
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = await listen((req, res) => void this.handle(req, res), this.tls, port, host);
    this.main.pokes.start();
    this.compaction.start();
    this.classes.listen();
    this.overflowTimer.start();
    return this.url;
  }

  get url(): string {
    return urlOf(this.server, this.tls !== undefined);
  }

  async close(): Promise<void> {
    await this.overflowTimer.close();
    this.main.pokes.close();
    await this.compaction.stop();
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.classes.close();
    this.db.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      // Before any route reads the request: a Host this server answers to, no other site's Origin.
      guardRequest(req, this.allowedHosts);
      const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
      const route = `${req.method ?? 'GET'} ${path}`;
      // A trainee's token names their world; what that world lacks (the trainer's routes) the main world refuses.
      const world = MAIN_ONLY.has(route) ? undefined : this.classes.worldOfToken(bearer(req));
      const handler = world?.routes.get(route) ?? this.main.routes.get(route)
        ?? (path.startsWith(SANDBOX_PREFIX) ? unknownControl(this.main.api, route) : undefined);
      if (!handler) throw new HttpError(404, 'not_found', `No route ${route}`);
      await handler(req, res);
    } catch (error) {
      if (!res.headersSent) sendError(res, error);
      else res.destroy();
    }
  }
}

/** Applies overflow by the world's clock; the consoles are poked to pull the cases that moved. */
async function overflowIn(world: Pick<World, 'controls' | 'pokes'>): Promise<Overflowed[]> {
  const moved = await world.controls.overflow();
  if (moved.length > 0) world.pokes.poke();
  return moved;
}
