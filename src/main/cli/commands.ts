// The CLI's commands. Each returns what to print; errors become one line on stderr.
import { existsSync } from 'node:fs';
import type { Store } from '../db/store.ts';
import { schemaVersion, LATEST_VERSION } from '../db/migrations/index.ts';
import { profileFiles, readProfile, secretAccount } from '../profiles.ts';
import { openSecretStore } from '../secrets/index.ts';
import { keyWhereabouts } from '../secrets/cache-keys.ts';
import { openCache, profileKeys } from '../profile-cache.ts';
import { Services, signIn } from '../services.ts';
import { Commands } from '../commands/index.ts';
import { CASE_VIEWS, type CaseView } from '../db/repositories/cases.ts';
import { autoReplySettings, autoReplyWarning } from '../autoreply/settings.ts';
import { rulesInForce, rulesWarning } from '../triage/rules.ts';
import { ensureTriage } from '../triage/triage.ts';
import { refuseIfLocked } from '../retention/offline-limit.ts';
import { caseLine, markHits, safeJson, safeText } from './format.ts';

export interface Output {
  stdout: string;
  stderr?: string;
}

const TABLES = ['cases', 'messages', 'customers', 'customer_identities', 'templates', 'articles', 'agents', 'settings'] as const;

function counts(store: Store): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}

/** Opens the profile's cache with its key for local work: no network; a cache no key opens is left for `sync`. */
export async function openLocal(profileDir: string): Promise<{ store: Store; commands: Commands; username: string; role: string }> {
  const profile = readProfile(profileDir);
  const secrets = await openSecretStore(profileFiles(profileDir).secrets);
  const keys = profileKeys(profileDir, secrets);
  const { store } = await openCache(profileDir, keys, { recorded: profile.cacheKey, unreadable: 'refuse' });
  try {
    refuseIfLocked(store);
  } catch (error) {
    store.close();
    throw error;
  }
  return { store, commands: new Commands(store, () => ({ name: profile.agentName, username: profile.username })), username: profile.username, role: profile.role };
}

export async function login(o: { server: string; user: string; password: string; profile: string; sandbox: boolean }): Promise<Output> {
  const { profile, secrets } = await signIn({
    server: o.server, username: o.user, password: o.password, profileDir: o.profile, sandbox: o.sandbox,
  });
  return {
    stdout: `Signed in as ${profile.agentName} (${profile.role}) on ${profile.server}\nProfile: ${o.profile}\n`,
    ...(secrets.warning ? { stderr: `warning: ${secrets.warning}\n` } : {}),
  };
}

/**
 * Signs out: ends the session on the server (best effort: offline it is still signed out here)
 * and removes the profile's cache and token. Unsent changes would be lost, so it refuses while
 * the outbox holds any, unless told to discard them.
 */
export async function logout(o: { profile: string; discardUnsent: boolean }): Promise<Output> {
  const services = await Services.open({ profileDir: o.profile });
  const pending = services.store.outbox.counts().pending;
  if (pending > 0 && !o.discardUnsent) {
    services.close();
    throw new Error(`This profile holds ${pending} unsent change${pending === 1 ? '' : 's'}: run sync first, or logout --discard-unsent to lose ${pending === 1 ? 'it' : 'them'}`);
  }
  const confirmed = await services.logout();
  const { server, username } = services.profile;
  await services.wipe();
  return {
    stdout: `Signed out ${username} on ${server}; the profile's cache and token were removed from this computer\n`,
    ...(confirmed ? {} : { stderr: 'warning: the server could not be reached: this computer is signed out, but the session ends on the server only when its token expires\n' }),
  };
}

export async function sync(o: { profile: string }): Promise<Output> {
  const services = await Services.open({ profileDir: o.profile });
  try {
    const summary = await services.syncOnce();
    const result = {
      ...summary,
      counts: counts(services.store),
      mutations: services.store.outbox.counts(),
      serverNow: services.engine.serverNow,
    };
    return {
      stdout: safeJson(result),
      ...(services.secrets.warning ? { stderr: `warning: ${services.secrets.warning}\n` } : {}),
    };
  } finally {
    services.close();
  }
}

export async function reply(o: { profile: string; case: string; text: string }): Promise<Output> {
  const { store, commands } = await openLocal(o.profile);
  try {
    const queued = commands.sendReply(o.case, o.text);
    return { stdout: `Reply queued as mutation ${queued.seq} (${queued.mutationId}); the next sync sends it\n` };
  } finally {
    store.close();
  }
}

export async function status(o: {
  profile: string; case: string; to: string; reason?: string | undefined; resolution?: string | undefined;
  product?: string | undefined; callAvoided?: boolean | undefined;
}): Promise<Output> {
  const { store, commands } = await openLocal(o.profile);
  try {
    const queued = commands.setStatus(o.case, o.to, { reason: o.reason, resolution: o.resolution, product: o.product, callAvoided: o.callAvoided });
    const classified = o.to === 'resolved' ? ` (${o.reason ?? ''}, ${o.resolution === 'favour' ? "in the customer's favour" : 'against the customer'})` : '';
    return { stdout: `State change to ${o.to}${classified} queued as mutation ${queued.seq}; the next sync sends it\n` };
  } finally {
    store.close();
  }
}

export const CLI_VIEWS = CASE_VIEWS;

export async function cases(o: { profile: string; json: boolean; limit: number; view: CaseView }): Promise<Output> {
  const { store, username } = await openLocal(o.profile);
  try {
    ensureTriage(store);
    const inbox = store.cases.inbox(username, { limit: o.limit, view: o.view });
    if (o.json) {
      // autoReplies: the out-of-hours notices delivered on the case (the "auto-replied" metric).
      return { stdout: safeJson(inbox.map((c) => ({ ...c, messages: customerMessages(store, c.id), autoReplies: store.autoReplies.delivered(c.id) }))) };
    }
    if (inbox.length === 0) return { stdout: 'No cases in this profile yet: run sync\n' };
    return { stdout: inbox.map(caseLine).join('\n') + '\n' };
  } finally {
    store.close();
  }
}

/** Each customer message's type, whether the noise filter holds it and the company's like; the text stays out of the listing. */
function customerMessages(store: Store, caseId: string) {
  return store.messages.thread(caseId).flatMap((m) => (m.kind === 'customer' ? [{ id: m.id, sentAt: m.sentAt, triage: m.triage, liked: m.liked }] : []));
}

/** How many customer messages got an auto-reply, and how many did not, by reason. */
function decisionTally(store: Store): { sent: number; skipped: Record<string, number> } {
  const tally = { sent: 0, skipped: {} as Record<string, number> };
  for (const row of store.autoReplies.tally()) {
    if (row.decision === 'send') tally.sent += row.n;
    else tally.skipped[row.reason ?? 'unknown'] = row.n;
  }
  return tally;
}

export async function search(o: { profile: string; articles: boolean; text: string; json: boolean }): Promise<Output> {
  const { store } = await openLocal(o.profile);
  try {
    const hits = o.articles ? store.knowledge.searchArticles(o.text) : store.messages.search(o.text);
    if (o.json) return { stdout: safeJson(hits) };
    if (hits.length === 0) return { stdout: `Nothing found for "${safeText(o.text)}"\n` };
    const lines = hits.map((hit) =>
      'caseNumber' in hit
        ? `#${hit.caseNumber}  ${safeText(hit.subject).slice(0, 50)}\n    ${markHits(hit.snippet)}`
          : `${safeText(hit.id)}  ${safeText(hit.title)}\n    ${markHits(hit.snippet)}`,
    );
    return { stdout: lines.join('\n') + '\n' };
  } finally {
    store.close();
  }
}

const MUTATION_STATUSES = ['pending', 'applied', 'conflict', 'rejected'] as const;

export async function mutations(o: { profile: string; status?: string | undefined }): Promise<Output> {
  const status = MUTATION_STATUSES.find((s) => s === o.status);
  if (o.status !== undefined && status === undefined) {
    throw new Error(`Unknown status "${o.status}"; use one of ${MUTATION_STATUSES.join(', ')}`);
  }
  const { store } = await openLocal(o.profile);
  try {
    return { stdout: safeJson(store.outbox.list(status)) };
  } finally {
    store.close();
  }
}

export async function doctor(o: { profile: string }): Promise<Output & { healthy: boolean }> {
  const profile = readProfile(o.profile);
  const files = profileFiles(o.profile);
  if (!existsSync(files.db)) {
    return { healthy: false, stdout: safeJson({ profile, database: 'missing' }), stderr: 'atiende: this profile has no cache yet: run sync\n' };
  }
  const secrets = await openSecretStore(files.secrets);
  const keys = profileKeys(o.profile, secrets);
  const { store, key } = await openCache(o.profile, keys, { recorded: profile.cacheKey, unreadable: 'refuse' });
  try {
    const integrity = store.db.pragma('integrity_check', { simple: true }) as string;
    const rules = rulesInForce(store);
    const outOfHours = autoReplySettings(store);
    const report = {
      profile: { server: profile.server, username: profile.username, role: profile.role, sandbox: profile.sandbox },
      schema: { version: schemaVersion(store.db), latest: LATEST_VERSION },
      integrity,
      counts: counts(store),
      outbox: store.outbox.counts(),
      sync: {
        cursor: store.syncState.get('cursor'),
        initialSyncDone: store.syncState.get('initial_sync_done') === '1',
        lastSyncedAt: store.syncState.get('last_synced_at'),
        serverNow: store.syncState.get('server_now'),
      },
      secrets: {
        store: secrets.kind,
        // The one place the token lives on this computer (profiles.ts's secretsFileOf when a file).
        where: secrets.kind === 'file' ? files.secrets : 'system keychain',
        signedIn: (await secrets.get(secretAccount(profile))) !== null,
        warning: secrets.warning,
      },
      cacheKey: { place: key.place, file: key.file, where: keyWhereabouts(key) },
      triage: { rules: rules.source, version: rules.version, error: rules.error },
      autoReplies: { delivered: store.autoReplies.delivered(), decided: decisionTally(store), settingsErrors: outOfHours.problems },
    };
    const problems = [
      ...(integrity === 'ok' ? [] : [`atiende: the cache failed its integrity check: ${safeText(integrity)}\n`]),
      ...[rulesWarning(rules), autoReplyWarning(outOfHours)].flatMap((warning) =>
        warning === null ? [] : [`atiende: warning: ${safeText(warning).replace(/\s+/g, ' ')}\n`]),
    ];
    return {
      healthy: integrity === 'ok',
      stdout: safeJson(report),
      ...(problems.length === 0 ? {} : { stderr: problems.join('') }),
    };
  } finally {
    store.close();
  }
}
