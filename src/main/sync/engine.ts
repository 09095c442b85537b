// One sync cycle: push what is pending, pull to the head, push what the pull produced.
// Single-flight: asking again while a cycle runs schedules exactly one more.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SYNCED_ENTITIES, type AppEvent, type EntityName, type SyncStatus } from '../../shared/events.ts';
import type { Store } from '../db/store.ts';
import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import { AutoReplyEngine } from '../autoreply/engine.ts';
import { autoReplySettings, autoReplyWarning } from '../autoreply/settings.ts';
import { PageTriage, retriageAll } from '../triage/triage.ts';
import { Prejudge } from '../triage/prejudge.ts';
import { rulesInForce, rulesWarning } from '../triage/rules.ts';
import type { ApiClient } from './api-client.ts';
import { ApiError } from './api-error.ts';
import { applyChange } from './apply.ts';
import { settleAnswers, type Answer } from './settle.ts';
import { sendAhead } from './send-ahead.ts';
import { DEFAULT_BACKOFF, retryDelay, type BackoffPolicy } from './backoff.ts';
import { rebasePending, type ReplyAuthor } from '../commands/effects.ts';
import { cursorEpoch, type MutationResultStatus, type PullResponse } from '../../protocol/sync.ts';
import { buildSearchIndexes, deferSearchIndexes } from '../db/search-index.ts';
import { buildBulkIndexes, deferBulkIndexes } from '../db/bulk-indexes.ts';
import { upkeepOf } from '../db/upkeep.ts';
import { CacheLockedError, maxOfflineDays, OfflineLimit, type OfflineClocks } from '../retention/offline-limit.ts';
import { purgeExpired, type Purged } from '../retention/purge.ts';
import { RETENTION_DOCUMENT, settingInForce } from '../settings/in-force.ts';

export interface SyncEngineOptions {
  store: Store;
  api: ApiClient;
  author: () => ReplyAuthor;
  emit?: (event: AppEvent) => void;
  log?: Logger;
  pageSize?: number;
  /** Attempts per request on 429/503/network errors before the cycle gives up. */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  wait?: (ms: number) => Promise<unknown>;
  /** The clocks the offline limit counts with; tests wind them. */
  clocks?: Partial<OfflineClocks>;
}

export interface SyncSummary {
  pulled: number;
  pages: number;
  pushed: Record<MutationResultStatus, number>;
  /** Out-of-hours auto-replies the pulled messages called for, queued (and pushed) this cycle. */
  autoReplies: number;
  durationMs: number;
}

const KEY_CURSOR = 'cursor';
const KEY_INITIAL_DONE = 'initial_sync_done';
const KEY_INITIAL_COUNT = 'initial_sync_count';
const KEY_LAST_SYNCED = 'last_synced_at';
const KEY_SERVER_NOW = 'server_now';
/** This laptop's clock when `server_now` was read: the two give the server's clock since (reports' periods). */
const KEY_SERVER_NOW_LOCAL = 'server_now_local';
const KEY_CLIENT_ID = 'client_id';
/** Set by a migration that left something only a rebuild from the server can restore (015: template copies). */
const KEY_RESYNC_DUE = 'resync_due';
/** Outbox seq of the last mutation sent under an earlier client id; the server counts from 1 after it. */
const KEY_SEQ_BASE = 'seq_base';
/**
 * The epoch of the last cursor pulled, kept when a resync clears the cursor: a push made before
 * the next page arrives still names the store its sequence lives in, so a server restored
 * meanwhile answers sequence_gap instead of applying a change twice.
 */
const KEY_SERVER_EPOCH = 'server_epoch';

export class SyncEngine {
  private running: Promise<SyncSummary> | null = null;
  private again = false;
  private current: SyncStatus;
  private readonly log: Logger;
  private readonly options: SyncEngineOptions;
  private readonly autoReplies: AutoReplyEngine;
  private readonly offline: OfflineLimit;

  constructor(options: SyncEngineOptions) {
    this.options = options;
    this.log = options.log ?? silentLogger;
    this.autoReplies = new AutoReplyEngine(options.store, options.author);
    this.offline = new OfflineLimit(options.store, options.clocks);
    this.current = {
      state: this.offline.locked ? 'locked' : 'idle',
      pending: options.store.outbox.counts().pending,
      lastError: null,
      lastErrorCode: null,
      lastSyncedAt: options.store.syncState.get(KEY_LAST_SYNCED),
      progress: null,
      live: false,
      secretsWarning: null,
      cacheKey: null,
      rulesWarning: rulesWarning(rulesInForce(options.store)),
      autoReplyWarning: autoReplyWarning(autoReplySettings(options.store)),
    };
  }

  get status(): SyncStatus {
    return this.current;
  }

  /** Identifies this console's outbox to the server (and is its device id). */
  get clientId(): string {
    const id = this.options.store.syncState.get(KEY_CLIENT_ID);
    if (id === null) throw new Error('This cache is bound to no account: sign in again');
    return id;
  }

  /** The server's clock at the last pull: time rules decide by it, not by this laptop's. */
  get serverNow(): string | null {
    return this.options.store.syncState.get(KEY_SERVER_NOW);
  }

  /** Past the offline limit: nothing of the cache is shown until the agent signs in again. */
  get locked(): boolean {
    return this.offline.locked;
  }

  /** Locks the cache when the offline limit is reached; true when it is locked. */
  checkLock(): boolean {
    if (!this.offline.check(this.maxOfflineDays())) return false;
    if (this.current.state !== 'locked') this.update({ state: 'locked', lastError: null, lastErrorCode: 'cache_locked', progress: null });
    return true;
  }

  /** The agent signed in again: the cache opens and counts from the next pull. */
  unlock(): void {
    this.offline.unlock();
    this.update({ state: 'idle', lastError: null, lastErrorCode: null });
  }

  /**
   * Removes what the retention document says is past its time, by the server's clock of the
   * last pull; the window reads again what it removed.
   */
  purge(): Purged {
    const { store } = this.options;
    const retention = settingInForce(store.reference, RETENTION_DOCUMENT).value;
    const purged = purgeExpired(store, this.options.author().username, retention, this.serverNow);
    if (purged.cases.length > 0 || purged.outbox > 0) {
      this.log.log('info', 'retention purge', { cases: purged.cases.length, outbox: purged.outbox });
      this.options.emit?.({ type: 'changed', entities: ['case', 'message', 'customer_note', 'customer', 'outbox', 'draft'] });
    }
    return purged;
  }

  private maxOfflineDays(): number {
    return maxOfflineDays(this.options.store);
  }

  update(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    this.options.emit?.({ type: 'sync', status: this.current });
  }

  sync(): Promise<SyncSummary> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<SyncSummary> {
    let summary: SyncSummary;
    do {
      this.again = false;
      summary = await this.cycle();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- sync() sets it while the cycle awaits
    } while (this.again);
    return summary;
  }

  private async cycle(): Promise<SyncSummary> {
    const started = performance.now();
    const summary: SyncSummary = {
      pulled: 0,
      pages: 0,
      pushed: { applied: 0, already_applied: 0, conflict: 0, rejected: 0 },
      autoReplies: 0,
      durationMs: 0,
    };
    // A locked cache sends nothing either: its outbox waits for the agent to sign in again.
    if (this.checkLock()) throw new CacheLockedError(this.maxOfflineDays());
    this.update({ state: 'syncing' });
    try {
      await this.checkServerClock();
      await this.push(summary);
      await this.pull(summary);
      await this.push(summary);
      const at = new Date().toISOString();
      this.options.store.syncState.set(KEY_LAST_SYNCED, at);
      this.update({ state: 'idle', lastError: null, lastErrorCode: null, lastSyncedAt: at, progress: null });
      this.purge();
    } catch (error) {
      this.fail(error);
      throw error;
    }
    summary.durationMs = Math.round(performance.now() - started);
    return summary;
  }

  /**
   * Before changes leave, the server's clock says whether this console was away too long: a
   * laptop whose clock was wound back locks here, with its outbox kept for after the sign-in.
   */
  private async checkServerClock(): Promise<void> {
    if (this.offline.lastContact === null || this.options.store.outbox.counts().pending === 0) return;
    const { serverNow } = await this.retrying(() => this.options.api.health());
    if (this.offline.checkContact(serverNow, this.maxOfflineDays())) throw new CacheLockedError(this.maxOfflineDays());
  }

  /**
   * Whether the cache is locked, or the server's clock now says the last contact is past the
   * limit (and so locks it). Asked before a renewal: a console coming back after the limit with
   * nothing to send must not get a new session before its first pull would lock it.
   */
  async awayTooLong(): Promise<boolean> {
    if (this.checkLock()) return true;
    if (this.offline.lastContact === null) return false;
    // No retries of its own: the call that met the expired token is already being retried.
    const { serverNow } = await this.options.api.health();
    return this.offline.checkContact(serverNow, this.maxOfflineDays());
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.log.log('error', 'sync failed', { reason: message });
    if (error instanceof CacheLockedError) return this.update({ state: 'locked', lastError: null, lastErrorCode: 'cache_locked', progress: null });
    if (!(error instanceof ApiError)) return this.update({ state: 'error', lastError: message, lastErrorCode: 'failed', progress: null });
    const state =
      error.kind === 'unauthorized' ? 'signed_out'
      : error.kind === 'device_revoked' ? 'revoked'
      : error.retryable ? 'offline'
      : 'error';
    this.update({ state, lastError: message, lastErrorCode: error.kind, progress: null });
  }

  private async pull(summary: SyncSummary): Promise<void> {
    const { store } = this.options;
    let resynced = store.syncState.get(KEY_RESYNC_DUE) !== null;
    if (resynced) this.startOver('the cache was upgraded with changes only the server can put back');
    let initial = store.syncState.get(KEY_INITIAL_DONE) !== '1';
    let done = Number(store.syncState.get(KEY_INITIAL_COUNT) ?? 0);
    // The next page is asked for as soon as this one names its cursor, so the server prepares it
    // and it travels while this one is applied (the apply holds the thread; the network does not).
    let next: Promise<PullResponse> | null = null;
    // A first sync reads and classifies its customer messages while the next page travels.
    let prejudge = initial ? new Prejudge(store) : null;
    for (;;) {
      let page: PullResponse;
      try {
        page = await (next ?? this.pullPage(store.syncState.get(KEY_CURSOR)));
      } catch (error) {
        next = null;
        if (!(error instanceof ApiError) || error.kind !== 'resync_required' || resynced) throw error;
        // The server no longer knows our cursor (restored, or reset): rebuild from scratch.
        this.startOver(error.message);
        resynced = true;
        initial = true;
        done = 0;
        prejudge = new Prejudge(store);
        continue;
      }
      next = null;
      // The server's clock says how long this console was away: too long, and it locks first.
      if (this.offline.checkContact(page.serverNow, this.maxOfflineDays())) throw new CacheLockedError(this.maxOfflineDays());
      let arrived = false;
      if (page.hasMore) {
        const { cursor } = page;
        next = (await sendAhead('/v1/sync/pull', () => this.pullPage(cursor))).answer;
        void next.then(() => (arrived = true), () => (arrived = true));
      }
      const touched = new Set<EntityName>();
      const triage = new PageTriage(store, { firstSync: initial });
      let autoReplies = 0;
      // A first sync's pages but the last commit without waiting for the disk: the server can send
      // them again, and the last page's durable commit carries them to the disk with it.
      const commit = initial && page.hasMore ? store.relaxedTransaction.bind(store) : store.transaction.bind(store);
      commit(() => {
        // A first sync builds the search indexes and the cases' and messages' indexes once, after
        // its last page, not row by row.
        if (initial) {
          deferSearchIndexes(store.db);
          deferBulkIndexes(store.db);
        }
        // Before a first sync's triage, no message has a judgement to keep or to follow the server's decision by.
        const options = { untriaged: initial && !store.triage.anyJudged() };
        for (const change of page.changes) {
          triage.note(change);
          applyChange(store, change, options);
          touched.add(change.entity);
        }
        // Triage, the auto-replies and the pending changes' replay read threads by case.
        if (initial && !page.hasMore) buildBulkIndexes(store.db);
        rebasePending(store, this.options.author());
        store.syncState.set(KEY_CURSOR, page.cursor);
        store.syncState.set(KEY_SERVER_EPOCH, cursorEpoch(page.cursor) ?? '');
        store.syncState.set(KEY_SERVER_NOW, page.serverNow);
        store.syncState.set(KEY_SERVER_NOW_LOCAL, new Date().toISOString());
        this.offline.recordContact(page.serverNow);
        // Priority, message types and noise, with the server's clock of this page. A first sync
        // triages once, after its last page (also when resumed after a crash): page by page, a
        // case would be judged again with every page that brings more of its messages.
        if (!initial) {
          if (triage.finish() > 0) touched.add('case');
        } else {
          triage.forgetDeleted();
          if (!page.hasMore && retriageAll(store, prejudge ?? undefined) > 0) touched.add('case');
        }
        // Out-of-hours auto-replies for what the page brought, once triage has judged it: a first
        // sync decides every message of the agent's cases after its last page.
        if (!initial) autoReplies = this.autoReplies.run(page.serverNow, triage.touchedCases);
        else if (!page.hasMore) autoReplies = this.autoReplies.run(page.serverNow, 'all');
        if (initial) {
          done += page.changes.length;
          store.syncState.set(KEY_INITIAL_COUNT, String(done));
          if (!page.hasMore) store.syncState.set(KEY_INITIAL_DONE, '1');
          // Last: once the indexes are written, each later statement of the transaction would
          // have FTS5 flush its buffers again.
          if (!page.hasMore) buildSearchIndexes(store.db);
        }
      });
      upkeepOf(store.db, this.log).afterPulled();
      summary.pulled += page.changes.length;
      summary.pages += 1;
      summary.autoReplies += autoReplies;
      if (autoReplies > 0) {
        touched.add('message').add('outbox');
        this.update({ pending: store.outbox.counts().pending });
      }
      if (initial) this.update({ progress: { done, total: done + page.remaining } });
      if (touched.has('setting')) this.noteSettings();
      if (touched.size > 0) this.options.emit?.({ type: 'changed', entities: [...touched] });
      if (!page.hasMore) return;
      // Main is idle until the next page is here: a first sync reads ahead meanwhile, and stops
      // as soon as the page has arrived, so the reading never holds the pages back.
      if (initial && prejudge) {
        prejudge.note(page.changes);
        await prejudge.work(() => arrived);
      }
    }
  }

  private pullPage(cursor: string | null): Promise<PullResponse> {
    return this.retrying(() => this.options.api.pull(cursor, this.options.pageSize ?? 500));
  }

  /** Forgets what was pulled (the outbox and unconfirmed rows stay), so the pull starts from the beginning. */
  private startOver(reason: string): void {
    const { store } = this.options;
    this.log.log('warn', 'full resync', { reason });
    store.transaction(() => {
      store.clearSyncedData();
      rebasePending(store, this.options.author());
    });
    this.options.emit?.({ type: 'changed', entities: [...SYNCED_ENTITIES] });
  }

  /** Says so while the server's priority rules or out-of-hours settings are refused. */
  private noteSettings(): void {
    const { store } = this.options;
    const warnings = { rulesWarning: rulesWarning(rulesInForce(store)), autoReplyWarning: autoReplyWarning(autoReplySettings(store)) };
    if (warnings.rulesWarning !== this.current.rulesWarning || warnings.autoReplyWarning !== this.current.autoReplyWarning) this.update(warnings);
  }

  private async push(summary: SyncSummary): Promise<void> {
    const { store, api } = this.options;
    for (;;) {
      const rows = store.outbox.pending(100);
      const last = rows.at(-1);
      if (!last) return;
      store.outbox.noteAttempt(last.seq);
      const clientId = this.clientId;
      const base = Number(store.syncState.get(KEY_SEQ_BASE) ?? 0);
      const mutations = rows.map((row) => ({
        seq: row.seq - base,
        id: row.id,
        name: row.stored.name,
        args: row.stored.args,
        baseVersion: row.baseVersion,
      }));
      let response;
      try {
        // The epoch our cursor is from: a server restored since answers sequence_gap, never re-applies.
        const epoch = cursorEpoch(store.syncState.get(KEY_CURSOR)) ?? (store.syncState.get(KEY_SERVER_EPOCH) || null);
        response = await this.retrying(() => api.push(clientId, mutations, epoch));
      } catch (error) {
        if (!(error instanceof ApiError) || error.kind !== 'sequence_gap') throw error;
        this.abandonClient(error);
        continue;
      }
      const answers: Answer[] = [];
      for (const result of response.results) {
        const pending = rows.find((r) => r.seq - base === result.seq && r.id === result.id);
        if (!pending) continue;
        const outcome = result.status === 'already_applied' ? 'applied' : result.status;
        answers.push({ pending, ending: outcome, reason: result.reason, message: result.message });
        summary.pushed[result.status] += 1;
        if (outcome !== 'applied') {
          this.log.log('warn', `mutation ${pending.seq} ${outcome}`, { name: pending.stored.name, reason: result.reason });
        }
      }
      const entities = store.transaction(() => settleAnswers(store, answers, this.options.author(), new Date().toISOString()));
      this.update({ pending: store.outbox.counts().pending });
      this.options.emit?.({ type: 'changed', entities });
      if (answers.length === 0) {
        throw new ApiError('bad_response', 'The server answered a push without a result for any mutation sent');
      }
    }
  }

  /**
   * The server lost track of this console's sequence (restored from a backup, say). Whether
   * the pending changes reached it is unknown, so none is resent blindly and none is undone:
   * each becomes a visible conflict with its text kept, what the agent did stays on screen for
   * them to check, and a new client id starts a fresh sequence.
   */
  private abandonClient(error: ApiError): void {
    const { store } = this.options;
    const message = `${error.message}: the server may not have received this change; check the case and send it again`;
    const answers = store.outbox.pending(10_000).map((pending): Answer => ({ pending, ending: 'unknown', reason: 'sequence_gap', message }));
    const entities = store.transaction(() => {
      const read = settleAnswers(store, answers, this.options.author(), new Date().toISOString());
      const lastSeq = store.db.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM outbox').get()?.seq ?? 0;
      store.syncState.set(KEY_SEQ_BASE, String(lastSeq));
      store.syncState.set(KEY_CLIENT_ID, randomUUID());
      return read;
    });
    this.options.emit?.({ type: 'changed', entities });
    this.log.log('warn', 'sequence gap: pending changes marked as conflicts, new client id', { reason: error.message });
    this.update({ pending: 0 });
  }

  /** Retries 429/503/network failures with full-jitter backoff, honouring Retry-After. */
  private async retrying<T>(call: () => Promise<T>): Promise<T> {
    const attempts = this.options.maxAttempts ?? 5;
    const wait = this.options.wait ?? sleep;
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof ApiError) || !error.retryable || attempt + 1 >= attempts) throw error;
        const delay = retryDelay(error, attempt, this.options.backoff ?? DEFAULT_BACKOFF);
        this.log.log('info', `retrying in ${delay} ms`, { reason: error.message });
        this.update({ state: 'offline', lastError: error.message, lastErrorCode: error.kind });
        await wait(delay);
        this.update({ state: 'syncing' });
      }
    }
  }
}
