// A first sync reads its pages in a worker thread: a page the server garbles, or a worker that
// dies half-way, fails the sync with a clear error, keeps every page applied before, and the
// next sync completes the cache.
import { afterEach, describe, expect, it } from 'vitest';
import { withLucia } from '../../../tests/fixtures/services.ts';
import { agentScope } from '../../../tests/fixtures/scope.ts';
import { ApiError } from './api-error.ts';
import { locatePullWorker, PullThread, PullThreadError } from './pull-thread.ts';

const PAGE = 40;
const world = withLucia({ pageSize: PAGE }, { synced: false });
const dying = new URL('../../../tests/fixtures/dying-pull-worker.ts', import.meta.url);
const real = new URL('./pull-worker.ts', import.meta.url);

afterEach(() => locatePullWorker(real));

const count = (table: string): number =>
  (world.profile.services.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The cache holds exactly the pages applied, and a second sync completes it to the agent's scope. */
async function resumesToTheWholeScope(pagesKept: number): Promise<void> {
  const { services } = world.profile;
  expect(services.store.syncState.get('initial_sync_count')).toBe(String(pagesKept * PAGE));
  expect(services.store.syncState.get('initial_sync_done')).toBeNull();
  const summary = await services.syncOnce();
  expect(summary.pulled).toBeGreaterThan(0);
  const scope = agentScope(world.sandbox.server.db, 'lucia');
  expect(count('cases')).toBe(scope.cases);
  expect(count('messages')).toBe(scope.messages);
  expect(services.engine.status.state).toBe('idle');
  // Indexes whole again: FTS5's own check, SQLite's, and threads read through their index.
  expect(() => services.store.db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  expect(services.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(services.store.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'messages_case'").get()).toEqual({ n: 1 });
}

describe('a first sync whose pages are read in a worker thread', () => {
  it('stops at a malformed page with a clear error, keeping the pages before it', async () => {
    await world.sandbox.fault({ route: 'pull', skip: 2, malformed: { changes: [{ entity: 'case', op: 'put', id: 'c-x', version: 1, data: { number: 'uno' } }], cursor: 'c', hasMore: false, remaining: 0 }, times: 1 });
    const { services } = world.profile;
    const failure = await services.syncOnce().then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('bad_response');
    expect(services.engine.status).toMatchObject({ state: 'error', lastErrorCode: 'bad_response' });
    expect(services.engine.status.lastError).toMatch(/malformed payload/);
    await resumesToTheWholeScope(2);
  });

  it('stops when the worker dies, saying so, and the next sync completes the cache', async () => {
    locatePullWorker(dying);
    const { services } = world.profile;
    const failure = await services.syncOnce().then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(PullThreadError);
    expect(services.engine.status.state).toBe('error');
    expect(services.engine.status.lastError).toMatch(/thread that reads the sync's pages stopped \(it exited with code 7\)/);
    locatePullWorker(real);
    // The first page comes on the engine's thread, the next two through the worker.
    await resumesToTheWholeScope(3);
  });

  it('answers a page asked after the worker stopped by starting another', async () => {
    const thread = new PullThread(dying);
    try {
      const ask = () => thread.pull({ baseUrl: world.sandbox.url, token: 'not-a-token', cursor: null, limit: 1, timeoutMs: 10_000 });
      await expect(ask()).rejects.toMatchObject({ kind: 'unauthorized' });
      await expect(ask()).rejects.toMatchObject({ kind: 'unauthorized' });
      await expect(ask()).rejects.toBeInstanceOf(PullThreadError);
      await expect(ask()).rejects.toMatchObject({ kind: 'unauthorized' });
    } finally {
      await thread.close();
    }
  });
});
