// A profile is one (server, agent) pair or one sandbox: its own folder, database and token,
// so training data never mixes with real customers.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROLES } from '../shared/domain.ts';

export const ProfileMeta = z.object({
  server: z.url(),
  username: z.string().min(1),
  agentName: z.string(),
  role: z.enum(ROLES),
  /** Identifies this console's outbox to the server: its per-client sequence lives under it. */
  clientId: z.string().min(8),
  sandbox: z.boolean(),
});
export type ProfileMeta = z.infer<typeof ProfileMeta>;

export class ProfileError extends Error {
  override name = 'ProfileError';
}

export const profileFiles = (dir: string) => ({
  meta: join(dir, 'profile.json'),
  db: join(dir, 'atiende.db'),
  log: join(dir, 'atiende.log'),
  secrets: join(dir, 'secrets.json'),
});

/** A stable folder name for a server and agent, e.g. `central.example.com-443--lucia`. */
export function profileDirName(server: string, username: string): string {
  const url = new URL(server);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname}-${port}--${username}`.replace(/[^\w.-]+/g, '_');
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

export function writeProfile(dir: string, meta: Omit<ProfileMeta, 'clientId'> & { clientId?: string }): ProfileMeta {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const full: ProfileMeta = { ...meta, clientId: meta.clientId ?? randomUUID() };
  writeFileSync(profileFiles(dir).meta, JSON.stringify(full, null, 2) + '\n', { mode: 0o600 });
  return full;
}

/** Removes every trace of the profile's data (revoked device, logout). */
export function wipeProfile(dir: string): void {
  for (const file of Object.values(profileFiles(dir))) {
    for (const suffix of ['', '-wal', '-shm', '.tmp']) rmSync(file + suffix, { force: true });
  }
}
