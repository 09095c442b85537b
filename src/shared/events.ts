// Events main pushes to whoever shows the cache. A discriminated union: hooks switch on `type`.

/** What the central API syncs into the cache: the wire has a schema for each (src/protocol/entities.ts). */
export const SYNCED_ENTITIES = [
  'agent', 'customer', 'identity', 'case', 'message', 'template', 'article', 'setting', 'blocked_sender', 'customer_note',
  'qa_pack', 'qa_review', 'coaching_objective', 'coaching_note', 'listening_post',
] as const;
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];

/**
 * Everything a `changed` event may name: the synced entities, then this console's own, never on
 * the wire: its outbox, a case's unsent reply (`draft`: the inbox marks such cases), what the
 * agent has read of a case (`case_read`: the inbox's unread mark), the reports snapshot kept for
 * reading offline, and the presence it says to the server (`presence`).
 */
export const ENTITY_NAMES = [...SYNCED_ENTITIES, 'outbox', 'draft', 'case_read', 'report_snapshot', 'presence'] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** `locked`: past the offline limit, the cache shows nothing until the agent signs in again. */
export type SyncState = 'idle' | 'syncing' | 'offline' | 'error' | 'signed_out' | 'revoked' | 'locked';

/**
 * Where the sign-in token is when it is not in the system keychain, as a code the console words:
 * `file_fallback`: no keychain answered, so it is in a file only this user can read;
 * `keychain_locked`: this profile's token is in a keychain that did not answer now.
 */
export const SECRETS_WARNINGS = ['file_fallback', 'keychain_locked'] as const;
export type SecretsWarning = (typeof SECRETS_WARNINGS)[number];

/**
 * Where the key that encrypts this profile's cache lives: the system keychain, a file sealed by
 * the system (Electron's safeStorage), or a file only this user can read (no keychain answered).
 */
export const CACHE_KEY_PLACES = ['keychain', 'safe_storage', 'file'] as const;
export type CacheKeyPlace = (typeof CACHE_KEY_PLACES)[number];

export interface CacheKeyStatus {
  place: CacheKeyPlace;
  /** The key file, for `file` and `safe_storage`: the sync bar says where it is. */
  file: string | null;
  /** The cache could not be read with any key here, so a fresh one was started and is syncing. */
  reset: boolean;
}

export interface SyncProgress {
  done: number;
  total: number;
}

export interface SyncStatus {
  state: SyncState;
  /** Mutations the server has not answered yet. */
  pending: number;
  /** The last failure in plain words; null once a cycle succeeds. */
  lastError: string | null;
  /** Its code (e.g. `unavailable`, `unauthorized`), so the console can say it in the agent's language. */
  lastErrorCode: string | null;
  lastSyncedAt: string | null;
  /** Set while the initial sync of an empty cache runs. */
  progress: SyncProgress | null;
  /** Whether the server's push channel (SSE) is connected; polling covers when it is not. */
  live: boolean;
  /** Set when the sign-in token is not in the system keychain: the agent must be told. */
  secretsWarning: SecretsWarning | null;
  /** Where the cache key lives, and whether an unreadable cache was just replaced; null before a profile opens. */
  cacheKey: CacheKeyStatus | null;
  /** Set while the server's priority rules are invalid and the defaults apply instead. */
  rulesWarning: string | null;
  /** Set while the server's business hours or auto-reply settings are invalid and the defaults apply. */
  autoReplyWarning: string | null;
}

export type AppEvent =
  | { type: 'changed'; entities: EntityName[] }
  | { type: 'sync'; status: SyncStatus }
  /** The agent clicked a notification: show this case. */
  | { type: 'open-case'; caseId: string }
  /** The open profile ended without the window asking (its device was revoked and wiped): read the session again. */
  | { type: 'session'; ended: 'revoked' };
