// A profile is one (server, agent) pair or one sandbox: its own folder, database and token,
// so training data never mixes with real customers.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { PresenceState } from '../shared/presence.ts';
import { ROLES } from '../shared/domain.ts';
import { CACHE_KEY_PLACES } from '../shared/events.ts';
import { keepOutOfGit } from '../node/data-dir.ts';
import { atiendeHome, profilesRootOf } from './home.ts';

export const ProfileMeta = z.object({
  server: z.url(),
  username: z.string().min(1),
  agentName: z.string(),
  role: z.enum(ROLES),
  /** The sandbox inside the console: it drives the profile's id (`sandbox-…`) and signing in again. */
  sandbox: z.boolean(),
  /** The server said it is a training sandbox at sign-in: made-up customers, the training banner. */
  training: z.boolean().default(false),
  /** A trainee of a class: the class's title, for the banner and the header (null otherwise). */
  classTitle: z.string().max(200).nullable().default(null),
  /** Where the token went at sign-in; a keychain that stops answering never silently becomes a file. */
  secrets: z.enum(['keychain', 'file']).default('keychain'),
  /** Where the cache key went; absent on a cache from before encryption (it is encrypted at next open). */
  cacheKey: z.enum(CACHE_KEY_PLACES).optional(),
  /** The presence the user chose last, said again when the console starts (available when never chosen). */
  presence: PresenceState.optional(),
});
export type ProfileMeta = z.infer<typeof ProfileMeta>;
/** A profile as written: fields added later may be left out (their defaults). */
export type ProfileMetaInput = z.input<typeof ProfileMeta>;

export class ProfileError extends Error {
  override name = 'ProfileError';
  readonly code: string;

  constructor(message: string, code = 'profile') {
    super(message);
    this.code = code;
  }
}

export const profileFiles = (dir: string) => ({
  meta: join(dir, 'profile.json'),
  db: join(dir, 'atiende.db'),
  log: join(dir, 'atiende.log'),
  secrets: secretsFileOf(dir),
});

/**
 * Where this profile's tokens live when no keychain answers: the one place every part (the
 * sign-in, `doctor`, the notices) names. Beside the profile folder, not in it, so a copied or
 * shared profile folder carries no token: `<parent>/.secrets/<profile>.json`, in a folder only
 * the user may enter, with a `.gitignore` of `*`.
 */
export function secretsFileOf(profileDir: string): string {
  const dir = resolve(profileDir);
  return join(dirname(dir), '.secrets', `${basename(dir)}.json`);
}

/** A stable folder name for a server and agent, e.g. `central.example.com-443--lucia`. */
export function profileDirName(server: string, username: string): string {
  const url = new URL(server);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname}-${port}--${username}`.replace(/[^\w.-]+/g, '_');
}

/** Where a profile lives when none is named: `<atiendeHome>/profiles/…`, beside the console's. */
export function defaultProfileDir(server: string, username: string): string {
  return join(profilesRootOf(atiendeHome()), profileDirName(server, username));
}

export const secretAccount = (meta: Pick<ProfileMeta, 'server' | 'username'>): string =>
  `${meta.server} ${meta.username}`;

export function readProfile(dir: string): ProfileMeta {
  const file = profileFiles(dir).meta;
  if (!existsSync(file)) throw new ProfileError(`No profile in ${dir}: sign in first (atiende login)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ProfileError(`${file} is not valid JSON; sign in again to recreate it`);
  }
  const parsed = ProfileMeta.safeParse(json);
  if (!parsed.success) {
    throw new ProfileError(`${file} is damaged (${z.prettifyError(parsed.error)}); sign in again to recreate it`);
  }
  return parsed.data;
}

export function writeProfile(dir: string, input: ProfileMetaInput): ProfileMeta {
  const meta = ProfileMeta.parse(input);
  ensureProfileDir(dir);
  writeFileSync(profileFiles(dir).meta, JSON.stringify(meta, null, 2) + '\n', { mode: 0o600 });
  return meta;
}

/** The folder holds customer data: only the user may enter it, even if it existed before. */
export function ensureProfileDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  keepOutOfGit(dir);
}

/** Removes every trace of the profile's data (revoked device, logout); its cache key goes with `CacheKeys.remove`. */
export function wipeProfile(dir: string): void {
  // `secrets.json` inside the folder is where earlier versions kept the file fallback's tokens.
  for (const file of [...Object.values(profileFiles(dir)), join(dir, 'secrets.json')]) {
    for (const suffix of ['', '-wal', '-shm', '.tmp']) rmSync(file + suffix, { force: true });
  }
}
