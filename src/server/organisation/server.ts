// The central API for an organisation: the same routes, mutations and feed as the sandbox, on
// PostgreSQL, with no trainer controls and no classes. Nodes keep no state of their own: any
// number of them may serve one database, and each tells the others when something changed.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { HealthResponse } from '../../protocol/sync.ts';
import type { Clock } from '../clock.ts';
import { LastContacts } from '../contacts.ts';
import { Fault, Faults } from '../faults.ts';
import { FeedCompaction } from '../feed-compaction.ts';
import { HttpError, readJson, sendError, sendJson } from '../http.ts';
import { MutationApplier } from '../mutations.ts';
import { Pokes } from '../pokes.ts';
import { allowedHostsFromEnv, guardRequest } from '../request-guard.ts';
import { listen, urlOf } from '../listen.ts';
import { authRoutes, tokenHolds, type SessionLifetimes } from '../routes/auth.ts';
import { directoryRoutes } from '../routes/directory.ts';
import { qaReviewRoutes } from '../routes/qa-reviews.ts';
import { qaRoutes } from '../routes/qa.ts';
import { reportRoutes } from '../routes/reports.ts';
import type { Api, Handler, Routes } from '../routes/route.ts';
import { syncRoutes } from '../routes/sync.ts';
import { teamRoutes } from '../routes/team.ts';
import { PostgresStore } from '../store/postgres-store.ts';
import { ingestRoutes } from './ingest.ts';
import { jsonLines, type Log } from './log.ts';
import { PokeRelay } from './poke-relay.ts';
import { Feed } from '../feed.ts';
import { applyOverflow } from '../inbound/overflow.ts';
import { OverflowTimer } from '../inbound/overflow-timer.ts';

export interface OrganisationOptions {
  /** `postgres://…`: the organisation's database; migrated on open. */
  database: string;
  heartbeatMs?: number;
  sessions?: SessionLifetimes;
  /** Host names to answer to beyond loopback and IP addresses; by default `ATIENDE_ALLOWED_HOSTS`. */
  allowedHosts?: string[];
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** The channel connectors' key for `POST /v1/ingest/messages`; without one, the ingest API is off. */
  ingestKey?: string;
  log?: Log;
  /**
   * Tests only: `POST /v1/test/faults` injects faults as the sandbox's trainer does (a push held
   * before its commit, an answer lost). Never on in production: `ATIENDE_TEST_FAULTS=1` turns it on.
   */
  testFaults?: boolean;
}

/** How long the readiness check waits for the database before it answers 503. */
const READY_WITHIN_MS = 2_000;

/** Real time: an organisation's server has no trainer to move its clock. */
const REAL_TIME: Clock = { now: () => new Date() };

export class OrganisationServer {
  readonly store: PostgresStore;
  private readonly routes: Map<string, Handler>;
  private readonly pokes: Pokes;
  private readonly relay: PokeRelay;
  private readonly compaction: FeedCompaction;
  private readonly overflow: OverflowTimer;
  private readonly allowedHosts: string[];
  private readonly tls: OrganisationOptions['tls'];
  private readonly log: Log;
  private server: Server | null = null;
  private closing = false;

  static async open(options: OrganisationOptions): Promise<OrganisationServer> {
    const store = await PostgresStore.open(options.database);
    try {
      return await OrganisationServer.around(store, options);
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  private static async around(store: PostgresStore, options: OrganisationOptions): Promise<OrganisationServer> {
    const epoch = await store.instance.epoch();
    const log = options.log ?? jsonLines();
    const relay = new PokeRelay(options.database, () => pokes.heard());
    const pokes: Pokes = new Pokes((token) => tokenHolds(store, REAL_TIME, token), options.heartbeatMs, () => {
      relay.send(store.pool).catch((error: unknown) => log('warn', 'telling the other nodes failed', { error: (error as Error).message }));
    });
    await relay.start();
    const contacts = new LastContacts(store.team, REAL_TIME);
    const api: Api = { store, clock: REAL_TIME, faults: new Faults(), pokes, epoch, contacts, sandbox: false };
    return new OrganisationServer(store, api, relay, { ...options, log });
  }

  private constructor(store: PostgresStore, api: Api, relay: PokeRelay, options: OrganisationOptions & { log: Log }) {
    this.store = store;
    this.pokes = api.pokes;
    this.relay = relay;
    this.compaction = new FeedCompaction(store);
    // Cases that waited too long for their team move to the team its overflow names, by real time.
    this.overflow = new OverflowTimer(async () => {
      const moved = await store.withSql((sql) => applyOverflow(sql, new Feed(sql), REAL_TIME.now()));
      if (moved.length > 0) api.pokes.poke();
    });
    this.allowedHosts = options.allowedHosts ?? allowedHostsFromEnv();
    this.tls = options.tls;
    this.log = options.log;
    const routes: Routes = {
      'GET /v1/health': (_req, res) => Promise.resolve(sendJson(res, 200, { ok: true, serverNow: REAL_TIME.now().toISOString(), sandbox: false } satisfies HealthResponse)),
      // Ready while the database answers and the node is not shutting down: a load balancer sends consoles elsewhere otherwise.
      'GET /v1/ready': async (_req, res) => {
        if (this.closing) throw new HttpError(503, 'shutting_down', 'This node is shutting down');
        const answered = await Promise.race([
          store.pool.query('SELECT 1').then(() => true, () => false),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), READY_WITHIN_MS).unref()),
        ]);
        if (!answered) throw new HttpError(503, 'database_unavailable', 'The database does not answer');
        sendJson(res, 200, { ok: true });
      },
      ...authRoutes(api, options.sessions),
      ...syncRoutes(api, new MutationApplier(store, REAL_TIME, api.faults)),
      ...directoryRoutes(api),
      ...qaRoutes(api),
      ...qaReviewRoutes(api),
      ...reportRoutes(api),
      ...teamRoutes(api),
      ...ingestRoutes({ store, clock: REAL_TIME, pokes: api.pokes, key: options.ingestKey }),
      ...(options.testFaults ? {
        'POST /v1/test/faults': async (req, res) => {
          api.faults.add(await readJson(req, Fault));
          sendJson(res, 200, { ok: true });
        },
      } : {}),
    };
    this.routes = new Map(Object.entries(routes));
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = await listen((req, res) => void this.handle(req, res), this.tls, port, host);
    this.pokes.start();
    this.compaction.start();
    this.overflow.start();
    return this.url;
  }

  get url(): string {
    return urlOf(this.server, this.tls !== undefined);
  }

  /** Every route as `METHOD /path`: what a test's table of who may call what must cover. */
  get routeNames(): string[] {
    return [...this.routes.keys()];
  }

  /**
   * Stops taking requests, lets those under way finish, and ends the event streams, whose
   * consoles reconnect to another node; then lets go of the database.
   */
  async close(): Promise<void> {
    this.closing = true;
    const server = this.server;
    const stopped = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    this.pokes.close();
    server?.closeIdleConnections();
    await stopped;
    await this.overflow.close();
    await this.compaction.stop();
    await this.relay.close();
    await this.store.close();
    this.log('info', 'stopped');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const path = new URL(req.url ?? '/', 'http://server').pathname;
    const route = `${req.method ?? 'GET'} ${path}`;
    // What was asked and how it went, never what was sent (tokens, customers' words).
    res.on('finish', () => this.log(res.statusCode >= 500 ? 'error' : 'info', 'request', { route, status: res.statusCode, ms: Math.round(performance.now() - started) }));
    try {
      guardRequest(req, this.allowedHosts);
      const handler = this.routes.get(route);
      if (!handler) throw new HttpError(404, 'not_found', `No route ${route}`);
      await handler(req, res);
    } catch (error) {
      if (!(error instanceof HttpError)) this.log('error', 'request failed', { route, error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) sendError(res, error);
      else res.destroy();
    }
  }
}
