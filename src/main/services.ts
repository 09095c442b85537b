// The composition root without Electron: open db → migrate → secrets → sync. The Electron
// shell, the browser harness and the CLI all build on this, so they behave the same.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AppEvent, SecretsWarning } from '../shared/events.ts';
import type { Store, CacheAccount } from './db/store.ts';
import { fileLogger, type Logger } from './log.ts';
import { hasCache, openCache, profileKeys } from './profile-cache.ts';
import {
  ensureProfileDir, ProfileError, profileFiles, readProfile, secretAccount, wipeProfile, writeProfile, type ProfileMeta,
} from './profiles.ts';
import { openSecretStore, type SecretStore } from './secrets/index.ts';
import { keyWhereabouts, type CacheKeys } from './secrets/cache-keys.ts';
import { ApiClient } from './sync/api-client.ts';
import type { LoginResponse } from '../protocol/auth.ts';
import { PresenceReporter } from './team/presence.ts';
import { ApiError } from './sync/api-error.ts';
import { Commands } from './commands/index.ts';
import { SyncEngine, type SyncSummary } from './sync/engine.ts';
import { SyncScheduler } from './sync/scheduler.ts';
import { ensureTriage } from './triage/triage.ts';
import { ReportSnapshotSync } from './reports/snapshots.ts';
import { decodeTokens, encodeTokens, SessionTokens } from './session-tokens.ts';
import { CodedError } from '../shared/errors.ts';
import { INSECURE_SERVER_MESSAGE, transportOf } from '../shared/transport.ts';
import { CacheLockedError, maxOfflineDays, unlockCache } from './retention/offline-limit.ts';
import { LARGE_PULL_CHANGES, releaseMemory } from './release-memory.ts';

/** How long after a large pull its memory is handed back. */
const RELEASE_DELAY_MS = 300;

export interface ServicesOptions {
  profileDir: string;
  emit?: (event: AppEvent) => void;
  log?: Logger;
  /** This laptop's clock, for what the agent does; tests skew it. Time rules go by the server's. */
  clock?: () => Date;
  /** Tests shorten the retry schedule; production keeps the defaults. */
  engine?: Partial<Pick<ConstructorParameters<typeof SyncEngine>[0], 'maxAttempts' | 'backoff' | 'pageSize' | 'wait' | 'clocks'>>;
  /**
   * Told when a revoked device's wipe starts (these services are closed by then), with the wipe
   * to wait for: whoever holds the services lets go of them and goes back to the first run.
   */
  onRevoked?: (wiped: Promise<void>) => void;
}

export class Services {
  private scheduler: SyncScheduler | null = null;
  private closed = false;
  private releaseTimer: NodeJS.Timeout | null = null;
  /**
   * Only a running console says its presence and keeps the reports snapshot (read offline on its
   * Reports page); the CLI, opening the same profile for one command, does neither.
   */
  private runsAsConsole = false;

  readonly profileDir: string;
  readonly profile: ProfileMeta;
  readonly store: Store;
  readonly secrets: SecretStore;
  readonly keys: CacheKeys;
  readonly api: ApiClient;
  readonly engine: SyncEngine;
  readonly commands: Commands;
  readonly reportSnapshots: ReportSnapshotSync;
  /** The presence this console says (null for a trainer, who has none). */
  readonly presence: PresenceReporter | null;
  private readonly session: SessionTokens;
  private readonly log: Logger;
  private readonly onRevoked: ServicesOptions['onRevoked'];

  private constructor(parts: {
    profileDir: string;
    profile: ProfileMeta;
    store: Store;
    secrets: SecretStore;
    keys: CacheKeys;
    api: ApiClient;
    engine: SyncEngine;
    commands: Commands;
    presence: PresenceReporter | null;
    session: SessionTokens;
    log: Logger;
    onRevoked: ServicesOptions['onRevoked'];
    reportSnapshots: ReportSnapshotSync;
  }) {
    this.presence = parts.presence;
    this.log = parts.log;
    this.profileDir = parts.profileDir;
    this.profile = parts.profile;
    this.store = parts.store;
    this.secrets = parts.secrets;
    this.keys = parts.keys;
    this.api = parts.api;
    this.engine = parts.engine;
    this.commands = parts.commands;
    this.session = parts.session;
    this.reportSnapshots = parts.reportSnapshots;
    this.onRevoked = parts.onRevoked;
  }

  static async open(options: ServicesOptions): Promise<Services> {
    const profile = readProfile(options.profileDir);
    const files = profileFiles(options.profileDir);
    const log = options.log ?? fileLogger(files.log);
    const secrets = await openSecretStore(files.secrets);
    const keychainGone = profile.secrets === 'keychain' && secrets.kind === 'file';
    // The window gets a code to word in the agent's language; the log keeps the details.
    const secretsWarning: SecretsWarning | null = keychainGone ? 'keychain_locked' : secrets.kind === 'file' ? 'file_fallback' : null;
    if (keychainGone) log.log('warn', `The system keychain that holds this profile's sign-in did not answer: unlock it and restart, or sign in again. ${secrets.warning ?? ''}`.trim());
    else if (secrets.warning) log.log('warn', secrets.warning);
    const session = new SessionTokens(secrets, secretAccount(profile), keychainGone ? null : decodeTokens(await secrets.get(secretAccount(profile))));
    const keys = profileKeys(options.profileDir, secrets);
    const cache = await openCache(options.profileDir, keys, { recorded: profile.cacheKey, unreadable: 'reset' });
    const store = cache.store;
    if (cache.reset) {
      // The outbox went with the old file: a new client id, so the server never takes a new change for an old one.
      store.bindAccount({ server: profile.server, username: profile.username, clientId: randomUUID() });
      log.log('warn', "This profile's cache could not be read with any key on this computer: a fresh cache was started and is syncing again. Changes it held unsent could not be read and are lost.");
    }
    if (profile.cacheKey !== cache.key.place) writeProfile(options.profileDir, { ...profile, cacheKey: cache.key.place });
    if (cache.key.place !== 'keychain') log.log('warn', keyWhereabouts(cache.key));
    if (!store.account()) {
      store.close();
      throw new ProfileError(`The cache in ${options.profileDir} belongs to no account: sign in again`);
    }
    // A cache from before triage, or triaged under other rules, is ranked again before it is shown.
    ensureTriage(store);
    const api: ApiClient = new ApiClient({
      baseUrl: profile.server,
      token: () => session.token,
      // An expired access token is renewed once, transparently; a refused renewal signs the agent out, outbox kept.
      // A cache locked by the offline limit renews nothing: only signing in again with the password opens it.
      renew: async () => {
        if (await engine.awayTooLong()) throw new CacheLockedError(maxOfflineDays(store));
        return session.renew(async (refreshToken) => api.refresh(refreshToken));
      },
    });
    const author = () => ({ name: profile.agentName, username: profile.username });
    const engine = new SyncEngine({
      store,
      api,
      author,
      log,
      ...(options.emit ? { emit: options.emit } : {}),
      ...options.engine,
    });
    engine.update({ secretsWarning, cacheKey: { place: cache.key.place, file: cache.key.file, reset: cache.reset } });
    // Retention at start: what passed its time while the app was closed goes before anything is shown.
    engine.purge();
    engine.checkLock();
    const commands = new Commands(store, author, () => {
      engine.update({ pending: store.outbox.pendingCount() });
      // A personal template or a coaching plan saved offline is a queued change too: their lists re-read.
      options.emit?.({
        type: 'changed', entities: ['case', 'message', 'outbox', 'template', 'blocked_sender', 'customer_note', 'coaching_objective', 'coaching_note'],
      });
      services.scheduler?.kick();
    }, options.clock, log);
    const services: Services = new Services({
      profileDir: options.profileDir, profile, store, secrets, keys, api, engine, commands, session, log, onRevoked: options.onRevoked,
      reportSnapshots: new ReportSnapshotSync({
        api, store, profile, log, ...(options.clock ? { now: options.clock } : {}),
        onStored: () => options.emit?.({ type: 'changed', entities: ['report_snapshot'] }),
      }),
      presence: profile.role === 'trainer' ? null : new PresenceReporter(api, options.profileDir, () => options.emit?.({ type: 'changed', entities: ['presence'] })),
    });
    return services;
  }

  /** One full cycle. A revoked device wipes the profile before the error reaches the caller. */
  async syncOnce(): Promise<SyncSummary> {
    try {
      const summary = await this.engine.sync();
      if (this.runsAsConsole) await this.reportSnapshots.afterPull();
      // The connection works: a presence not sent yet (chosen offline, or at start) goes now.
      if (this.runsAsConsole) await this.presence?.flush();
      if (this.runsAsConsole && summary.pulled >= LARGE_PULL_CHANGES) this.releaseMemorySoon(summary.pulled);
      return summary;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'device_revoked' && !this.closed) {
        const wiped = this.wipe(); // closes at once, then removes the data
        this.onRevoked?.(wiped);
        await wiped;
      }
      throw error;
    }
  }

  /**
   * A running console hands back what a large pull needed, shortly after it: the pull's answer and
   * the page's first reads go first (the release holds the thread for a few hundred ms once). The
   * CLI exits after its command instead.
   */
  private releaseMemorySoon(changes: number): void {
    if (this.releaseTimer) return;
    this.releaseTimer = setTimeout(() => {
      this.releaseTimer = null;
      if (this.closed) return;
      try {
        const released = releaseMemory(this.store.db);
        const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
        this.log.log('info', 'memory released after a large pull', { changes, ms: released.ms, heapMb: mb(released.heapBefore), heapAfterMb: mb(released.heapAfter) });
      } catch (error) {
        // Housekeeping only: a runtime without the collector keeps the memory, and the console runs on.
        this.log.log('warn', 'memory not released after a large pull', { error: error instanceof Error ? error.message : String(error) });
      }
    }, RELEASE_DELAY_MS);
    this.releaseTimer.unref();
  }

  /** From now on these services are a console: they say its presence (at the next successful sync, and whenever it is chosen) and keep the reports snapshot. */
  runAsConsole(): void {
    this.runsAsConsole = true;
  }

  /** Keeps syncing in the background until close(), saying this console's presence. */
  startBackgroundSync(): void {
    this.runAsConsole();
    this.scheduler?.stop();
    this.scheduler = new SyncScheduler(this.engine, this.api, () => this.syncOnce());
    this.scheduler.start();
  }

  /** Signs in again after a 401, keeping the outbox and the cache. */
  async signIn(password: string): Promise<void> {
    const response = await guardedSignIn(this.api, () => this.api.login(this.profile.username, password, this.engine.clientId));
    await this.session.save({ token: response.token, refreshToken: response.refreshToken });
    // What the server says of itself is kept too: a profile from before the training banner learns it here.
    const said = { secrets: this.secrets.kind, training: response.sandbox, classTitle: response.classTitle };
    const { secrets, training, classTitle } = this.profile;
    if (said.secrets !== secrets || said.training !== training || said.classTitle !== classTitle) writeProfile(this.profileDir, { ...this.profile, ...said });
    // Only an interactive sign-in opens a cache locked by the offline limit (never a renewal).
    this.engine.unlock();
    if (this.scheduler) this.startBackgroundSync();
  }

  /** Ends this session on the server too, best effort: offline, signing out here still happens. */
  async logout(): Promise<boolean> {
    // Signing out is leaving: away from now, not from the last contact 90 s later.
    if (this.runsAsConsole && this.presence) await this.api.presence('away').catch(() => undefined);
    try {
      await this.api.logout();
      return true;
    } catch (error) {
      this.log.log('warn', 'the server did not confirm the sign-out', { reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  /** Removes the profile's data, its tokens and its cache key from this computer. */
  async wipe(): Promise<void> {
    this.close();
    await this.secrets.delete(secretAccount(this.profile));
    wipeProfile(this.profileDir);
    await this.keys.remove(this.profileDir);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.scheduler?.stop();
    if (this.releaseTimer) clearTimeout(this.releaseTimer);
    this.store.close();
  }
}

/** Signs in to a server and creates (or refreshes) the profile in `profileDir`. */
export async function signIn(options: {
  server: string;
  username: string;
  password: string;
  profileDir: string;
  sandbox?: boolean;
  /**
   * The embedded sandbox listens on a new port each start: its profile is the same account
   * even though the URL changed, so the cache and the outbox's client id are kept.
   */
  keepCache?: boolean;
}): Promise<{ profile: ProfileMeta; secrets: SecretStore }> {
  const folder = await openFolder(options.profileDir);
  const owner = folder.prior?.account ?? null;
  const sameAccount =
    owner !== null && owner.username === options.username && (owner.server === options.server || options.keepCache === true);
  if (folder.prior && !sameAccount) refuseIfUnsent(folder.prior);
  // The device id is the outbox's client id, so a trainer or administrator can revoke this console.
  const clientId = sameAccount ? owner.clientId : randomUUID();
  const api = new ApiClient({ baseUrl: options.server, token: () => null });
  const response = await guardedSignIn(api, () => api.login(options.username, options.password, clientId));
  return saveSignIn(folder, { server: options.server, response, clientId, sameAccount, sandbox: options.sandbox ?? false });
}

/**
 * A trainee joins a class with the one-time code the trainer handed out: the server answers who
 * they are, and only then is their profile's folder known (`profileDirOf` their username). A used
 * or unknown code says so in words of its own.
 */
export async function joinClass(options: {
  server: string;
  code: string;
  profileDirOf: (username: string) => string;
}): Promise<{ profile: ProfileMeta; secrets: SecretStore; profileDir: string }> {
  const clientId = randomUUID();
  const api = new ApiClient({ baseUrl: options.server, token: () => null });
  const response = await guardedSignIn(api, () => api.joinClass(options.code, clientId)).catch((error: unknown) => {
    throw joinRefusal(error);
  });
  const profileDir = options.profileDirOf(response.agent.username);
  const folder = await openFolder(profileDir);
  // A trainee's account is new on this computer: what an earlier sign-in left in the folder goes (never unsent work).
  if (folder.prior) refuseIfUnsent(folder.prior);
  return { profileDir, ...(await saveSignIn(folder, { server: options.server, response, clientId, sameAccount: false, sandbox: false })) };
}

function joinRefusal(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.details.status === 401) return new CodedError('class_code_refused', 'That class code is wrong or was already used: ask the trainer for yours');
  if (error.details.status === 404) return new CodedError('no_classes', `${error.message}: this server gives no classes, check its address`);
  return error;
}

/** A profile folder before a sign-in: its secrets and cache key, and the account and unsent work its cache holds. */
interface ProfileFolder {
  dir: string;
  secrets: SecretStore;
  keys: CacheKeys;
  recorded: ProfileMeta['cacheKey'];
  prior: { account: CacheAccount | null; pending: number } | null;
}

async function openFolder(dir: string): Promise<ProfileFolder> {
  const files = profileFiles(dir);
  const secrets = await openSecretStore(files.secrets);
  const keys = profileKeys(dir, secrets);
  const recorded = existsSync(files.meta) ? recordedKeyPlace(dir) : undefined;
  const prior = hasCache(dir) ? await cachedState(dir, keys, recorded) : null;
  return { dir, secrets, keys, recorded, prior };
}

/** Keeps what the server answered a sign-in: the cache bound to the account, profile.json, the tokens. */
async function saveSignIn(
  folder: ProfileFolder,
  signedIn: { server: string; response: LoginResponse; clientId: string; sameAccount: boolean; sandbox: boolean },
): Promise<{ profile: ProfileMeta; secrets: SecretStore }> {
  const { dir, secrets, keys } = folder;
  const { response, sameAccount } = signedIn;
  const owner = folder.prior?.account ?? null;
  ensureProfileDir(dir);
  if (owner) await secrets.delete(secretAccount(owner));
  if (!sameAccount) {
    wipeProfile(dir);
    await keys.remove(dir);
  }
  const { store, key } = await openCache(dir, keys, { recorded: sameAccount ? folder.recorded : undefined, unreadable: 'reset' });
  store.bindAccount({ server: signedIn.server, username: response.agent.username, clientId: signedIn.clientId });
  // Signing in again is what opens a cache locked by the offline limit; its outbox is kept.
  unlockCache(store);
  store.close();
  const profile = writeProfile(dir, {
    server: signedIn.server,
    username: response.agent.username,
    agentName: response.agent.name,
    role: response.agent.role,
    sandbox: signedIn.sandbox,
    training: response.sandbox,
    classTitle: response.classTitle,
    secrets: secrets.kind,
    cacheKey: key.place,
  });
  await secrets.set(secretAccount(profile), encodeTokens({ token: response.token, refreshToken: response.refreshToken }));
  return { profile, secrets };
}

/**
 * Signs in only where the password (or a class code) cannot travel in clear: https, this
 * computer, or a training sandbox on a private network that says it is one before it is sent.
 */
async function guardedSignIn(api: ApiClient, send: () => Promise<LoginResponse>): Promise<LoginResponse> {
  const transport = transportOf(api.baseUrl);
  if (transport === 'refused') throw new CodedError('insecure_server', INSECURE_SERVER_MESSAGE);
  if (transport === 'training' && !(await api.health()).sandbox) throw new CodedError('insecure_server', INSECURE_SERVER_MESSAGE);
  const response = await send();
  if (transport === 'training' && !response.sandbox) throw new CodedError('insecure_server', INSECURE_SERVER_MESSAGE);
  return response;
}

function recordedKeyPlace(profileDir: string): ProfileMeta['cacheKey'] {
  try {
    return readProfile(profileDir).cacheKey;
  } catch {
    return undefined; // a damaged profile.json is rewritten by this sign-in
  }
}

/** The account a cache belongs to and its unsent changes; a cache no key here opens is replaced. */
async function cachedState(profileDir: string, keys: CacheKeys, recorded: ProfileMeta['cacheKey']): Promise<{ account: CacheAccount | null; pending: number }> {
  const { store } = await openCache(profileDir, keys, { recorded, unreadable: 'reset' });
  try {
    return { account: store.account(), pending: store.outbox.counts().pending };
  } finally {
    store.close();
  }
}

/** Switching a profile folder to another account wipes it: never while it holds unsent work. */
function refuseIfUnsent({ account: owner, pending }: { account: CacheAccount | null; pending: number }): void {
  if (pending > 0) {
    const whose = owner ? ` of ${owner.username} on ${owner.server}` : '';
    throw new ProfileError(
      `This profile holds ${pending} unsent change${pending === 1 ? '' : 's'}${whose}: sync it first or use another --profile`,
      'unsent_changes',
    );
  }
}
