// Where Atiende keeps its data on this computer: $ATIENDE_HOME when set, else the desktop app's
// own folder (Electron's userData: appData + product name), so the desktop app, the browser
// console of `npm start` and the CLI share one set of profiles under `<home>/profiles`.
import { homedir } from 'node:os';
import { basename, dirname, join, posix, resolve, win32 } from 'node:path';

type Env = Record<string, string | undefined>;

/** Electron's userData for "Atiende" on each system, without Electron. */
export function defaultAtiendeHome(env: Env = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return win32.join(env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'), 'Atiende');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'Atiende');
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), 'Atiende');
}

export function atiendeHome(env: Env = process.env, fallback: () => string = () => defaultAtiendeHome(env)): string {
  return env.ATIENDE_HOME ? resolve(env.ATIENDE_HOME) : fallback();
}

export const profilesRootOf = (home: string): string => join(home, 'profiles');

/**
 * The home a profile folder belongs to, where its cache key file goes when no keychain answers:
 * the folder holding its `profiles` folder, else $ATIENDE_HOME (a `--profile` folder anywhere).
 */
export function homeOfProfile(profileDir: string, env: Env = process.env): string {
  const parent = dirname(resolve(profileDir));
  return basename(parent) === 'profiles' ? dirname(parent) : atiendeHome(env);
}
