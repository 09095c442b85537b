// One world of the sandbox: a store and everything serving it (feed, pokes, last contacts, the
// routes a console calls). The sandbox's main world and each trainee's copy of a class are built
// the same way; server.ts sends each request to its world.
import type { HealthResponse } from '../../protocol/sync.ts';
import type { Clock } from '../clock.ts';
import { LastContacts } from '../contacts.ts';
import type { Faults } from '../faults.ts';
import { sendJson } from '../http.ts';
import { MutationApplier } from '../mutations.ts';
import { Pokes } from '../pokes.ts';
import { authRoutes, tokenHolds, type SessionLifetimes, type SignInDesk } from '../routes/auth.ts';
import { directoryRoutes } from '../routes/directory.ts';
import { qaReviewRoutes } from '../routes/qa-reviews.ts';
import { qaRoutes } from '../routes/qa.ts';
import { reportRoutes } from '../routes/reports.ts';
import type { Api, Handler, Routes } from '../routes/route.ts';
import { syncRoutes } from '../routes/sync.ts';
import { teamRoutes } from '../routes/team.ts';
import type { Instance } from '../store/repositories.ts';
import { SqliteStore } from '../store/sqlite-store.ts';
import { Controls } from '../sandbox/controls.ts';
import { openSandboxDb, type SandboxDb } from '../schema.ts';

export interface WorldOptions<C extends Clock> {
  /** The database file, or `:memory:`. */
  file: string;
  /** The world's clock, read once its store is open (the main world keeps its offset there). */
  clock: (instance: Instance) => Promise<C>;
  faults: Faults;
  tokenPrefix?: string;
  heartbeatMs?: number;
  sessions?: SessionLifetimes;
  desk?: SignInDesk;
  /** Routes only this world has (the main world's sandbox controls and classes). */
  extraRoutes?: (world: Omit<World<C>, 'routes'>) => Routes;
}

export interface World<C extends Clock = Clock> {
  db: SandboxDb;
  store: SqliteStore;
  clock: C;
  pokes: Pokes;
  contacts: LastContacts;
  controls: Controls;
  api: Api;
  routes: Map<string, Handler>;
}

export async function openWorld<C extends Clock>(options: WorldOptions<C>): Promise<World<C>> {
  const db = openSandboxDb(options.file);
  const store = new SqliteStore(db);
  const clock = await options.clock(store.instance);
  const epoch = await store.instance.epoch();
  // A stream lasts as long as its token holds (pokes.ts): not past its time, revoked or signed out.
  const pokes = new Pokes((token) => tokenHolds(store, clock, token), options.heartbeatMs);
  const contacts = new LastContacts(store.team, clock);
  const api: Api = { store, clock, faults: options.faults, pokes, epoch, contacts, sandbox: true, tokenPrefix: options.tokenPrefix };
  const controls = new Controls(store, clock);
  const world = { db, store, clock, pokes, contacts, controls, api };
  const routes: Routes = {
    // Unauthenticated; a console holding a trainee's token reads its class's clock here, the one
    // its pulls carry, so the offline limit compares times of one clock.
    'GET /v1/health': (_req, res) => Promise.resolve(sendJson(res, 200, { ok: true, serverNow: clock.now().toISOString(), sandbox: true } satisfies HealthResponse)),
    ...authRoutes(api, options.sessions, options.desk),
    ...syncRoutes(api, new MutationApplier(store, clock, options.faults)),
    ...directoryRoutes(api),
    ...qaRoutes(api),
    ...qaReviewRoutes(api),
    ...reportRoutes(api),
    ...teamRoutes(api),
    ...options.extraRoutes?.(world),
  };
  return { ...world, routes: new Map(Object.entries(routes)) };
}
