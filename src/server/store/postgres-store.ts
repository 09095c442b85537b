// The store on PostgreSQL, for an organisation's server on one node or several. Each transaction
// runs on a pooled connection of its own, side by side with others: a console's pushes keep their
// order because the push log's row is read FOR UPDATE (shared/push-log.ts), and the feed's
// writers take turns from their first feed write to their commit (pg-sql.ts), so seqs become
// visible in order. Reads outside a transaction go to any pooled connection.
import pg from 'pg';
import { Feed } from '../feed.ts';
import { migrate } from './postgres/migrate.ts';
import { pgSql, pgTypes } from './postgres/pg-sql.ts';
import type { CustomerDirectory, FeedReads, Instance, QaPacks, QaReviews, Reports, Sessions, Team } from './repositories.ts';
import { repositoriesOn } from './shared/repositories-on.ts';
import { instance } from './shared/instance.ts';
import { qaPacks } from './shared/qa-packs.ts';
import { qaReviews } from './shared/qa-reviews.ts';
import { reports } from './shared/reports.ts';
import { directory, sessions } from './shared/sessions.ts';
import { team } from './shared/team.ts';
import type { Sql } from './sql.ts';
import type { ServerStore, Tx } from './store.ts';

/** What PostgreSQL answers when a transaction lost a race it may simply run again. */
const RETRIED = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected (writers take turns, but a read-only snapshot may still be chosen)
]);
const ATTEMPTS = 3;

export class PostgresStore implements ServerStore {
  readonly sessions: Sessions;
  readonly directory: CustomerDirectory;
  readonly feed: FeedReads;
  readonly instance: Instance;
  readonly qaPacks: QaPacks;
  readonly qaReviews: QaReviews;
  readonly reports: Reports;
  readonly team: Team;
  readonly pool: pg.Pool;

  /** Connects, and brings the database up to the newest migration first. */
  static async open(url: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url, types: pgTypes, max: options.max ?? 10,
      // A database that does not answer fails a request rather than hanging it, and a dead
      // connection is noticed; a transaction left idle (a node frozen in the middle of one) is
      // ended by the server, so it cannot hold the writers' turn for good.
      connectionTimeoutMillis: 10_000, keepAlive: true,
      options: '-c idle_in_transaction_session_timeout=60000',
    });
    // A connection the server dropped (a restart, a failover) is replaced by the pool; its error must not end the process.
    pool.on('error', () => undefined);
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  private constructor(pool: pg.Pool) {
    this.pool = pool;
    const sql = pgSql(pool);
    this.sessions = sessions(sql, (work) => this.withSql(work));
    this.directory = directory(sql);
    this.instance = instance(sql);
    this.qaPacks = qaPacks(sql);
    this.qaReviews = qaReviews(sql);
    this.reports = reports(sql);
    this.team = team(sql);
    this.feed = {
      // A page and what remains after it are read at one moment, as SQLite's one connection reads them.
      page: (...args) => this.snapshot((at) => new Feed(at).page(...args)),
      lastSeq: () => new Feed(sql).lastSeq(),
      horizon: () => new Feed(sql).horizon(),
    };
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSql((sql) => work(repositoriesOn(sql)));
  }

  /**
   * Runs `work` in one transaction with the statements themselves (seeding, the ingest of
   * messages), in its turn among the writers (Sql.takeTurn).
   */
  async withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inTransaction('BEGIN', async (sql) => {
          await sql.takeTurn();
          return work(sql);
        });
      } catch (error) {
        if (attempt >= ATTEMPTS || !RETRIED.has((error as { code?: string }).code ?? '')) throw error;
      }
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private snapshot<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
  }

  private async inTransaction<T>(begin: string, work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query(begin);
      const result = await work(pgSql(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped, not handed to the next transaction.
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
