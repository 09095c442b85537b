// The profiles on this computer: one folder each under the profiles root.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileSummary } from '../../shared/contract.ts';
import { profileFiles, readProfile } from '../profiles.ts';

export function listProfiles(root: string): ProfileSummary[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(profileFiles(join(root, entry.name)).meta))
    .flatMap((entry) => {
      try {
        const meta = readProfile(join(root, entry.name));
        return [{ id: entry.name, server: meta.server, username: meta.username, agentName: meta.agentName, sandbox: meta.sandbox }];
      } catch {
        return []; // a damaged profile is not offered; signing in again recreates it
      }
    })
    .sort((a, b) => Number(b.sandbox) - Number(a.sandbox) || a.id.localeCompare(b.id));
}

/** The folder of profile `id`, refusing anything that is not a plain folder name under root. */
export function profileDirOf(root: string, id: string): string {
  if (!/^[\w.-]+$/.test(id) || id === '.' || id === '..') throw new Error(`No profile "${id}"`);
  return join(root, id);
}

const LAST = 'last-profile';

export function lastProfile(root: string): string | null {
  try {
    return readFileSync(join(root, LAST), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

export function rememberProfile(root: string, id: string | null): void {
  writeFileSync(join(root, LAST), id ?? '', { mode: 0o600 });
}
