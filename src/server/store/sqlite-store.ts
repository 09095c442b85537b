// The store on SQLite. better-sqlite3 runs one transaction per connection and cannot hold one
// across an `await` on its own, so transactions queue: each waits for the one before to commit
// or roll back, then runs BEGIN IMMEDIATE … COMMIT around its awaited callback. Reads outside a
// transaction (sign-in, the directory, pull pages) wait in the same queue, so on this one
// connection they never see a transaction halfway, as they would not on PostgreSQL. The
// repositories are the ones PostgreSQL runs (shared/), on this connection.
import { Feed } from '../feed.ts';
import type { SandboxDb } from '../schema.ts';
import type { CustomerDirectory, FeedReads, Instance, QaPacks, QaReviews, Reports, Sessions, Team } from './repositories.ts';
import { Serial } from './serial.ts';
import { instance } from './shared/instance.ts';
import { qaPacks } from './shared/qa-packs.ts';
import { qaReviews } from './shared/qa-reviews.ts';
import { reports } from './shared/reports.ts';
import { repositoriesOn } from './shared/repositories-on.ts';
import { directory, sessions } from './shared/sessions.ts';
import { team } from './shared/team.ts';
import type { Sql } from './sql.ts';
import { sqliteSql } from './sqlite/sqlite-sql.ts';
import type { ServerStore, Tx } from './store.ts';

export class SqliteStore implements ServerStore {
  readonly sessions: Sessions;
  readonly directory: CustomerDirectory;
  readonly feed: FeedReads;
  readonly instance: Instance;
  readonly qaPacks: QaPacks;
  readonly qaReviews: QaReviews;
  readonly reports: Reports;
  readonly team: Team;
  private readonly db: SandboxDb;
  private readonly sql: Sql;
  private readonly serial = new Serial();
  /** One connection, so one set of repositories serves every transaction in turn. */
  private readonly tx: Tx;

  constructor(db: SandboxDb) {
    this.db = db;
    const sql = sqliteSql(db);
    this.sql = sql;
    const feed = new Feed(sql);
    // A session's own transactions run in its turn in the queue.
    this.sessions = this.queued(sessions(sql, (work) => this.begun(() => work(sql))));
    this.directory = this.queued(directory(sql));
    this.feed = this.queued<FeedReads>({ page: (...args) => feed.page(...args), lastSeq: () => feed.lastSeq(), horizon: () => feed.horizon() });
    this.instance = this.queued(instance(sql));
    this.qaPacks = this.queued(qaPacks(sql));
    this.qaReviews = this.queued(qaReviews(sql));
    this.reports = this.queued(reports(sql));
    this.team = this.queued(team(sql));
    this.tx = repositoriesOn(sql);
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.serial.run(() => this.begun(() => work(this.tx)));
  }

  /**
   * Runs `work` in one transaction of its own, between the others, handing it the statements
   * themselves: for the sandbox's controls and seeding (src/server/sandbox/), which speak SQL
   * rather than through repositories.
   */
  withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.serial.run(() => this.begun(() => work(this.sql)));
  }

  /** BEGIN … COMMIT around `work`, already in its turn in the queue. */
  private async begun<T>(work: () => Promise<T>): Promise<T> {
    // IMMEDIATE takes the write lock now, so no other connection (a trainer's tool) slips in.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** A repository whose every call is a statement of its own, queued behind the transactions. */
  private queued<T>(repository: T): T {
    const queued: Record<string, unknown> = {};
    for (const [key, method] of Object.entries(repository as Record<string, (...args: unknown[]) => Promise<unknown>>)) {
      queued[key] = (...args: unknown[]) => this.serial.run(() => method(...args));
    }
    return queued as T;
  }
}
