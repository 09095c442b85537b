// @ts-check
// Opening the console's address in the system browser, where there is one to open.
import { spawn } from 'node:child_process';

/**
 * Whether to open a browser: not when asked not to (--no-open, BROWSER=none, as Vite and
 * create-react-app read it), nor on a Linux or BSD session without a display (ssh, CI).
 * @param {{ noOpen: boolean, env: Record<string, string | undefined>, platform: NodeJS.Platform }} context
 */
export function shouldOpenBrowser({ noOpen, env, platform }) {
  if (noOpen || env.BROWSER === 'none') return false;
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * The command that opens `url`: $BROWSER when set, else the system's opener.
 * @param {string} url
 * @param {{ env: Record<string, string | undefined>, platform: NodeJS.Platform }} context
 * @returns {{ command: string, args: string[] }}
 */
export function openerFor(url, { env, platform }) {
  if (env.BROWSER) return { command: env.BROWSER, args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is built into cmd.exe; its first quoted argument is a window title. The outer quotes
  // go to /s, as Node quotes a shell command.
  if (platform === 'win32') return { command: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" "${url}""`] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens `url`, leaving the browser running on its own; a missing opener is only reported.
 * @param {string} url
 */
export function openBrowser(url, env = process.env, platform = process.platform) {
  const { command, args } = openerFor(url, { env, platform });
  const opener = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: platform === 'win32' });
  opener.on('error', () => process.stderr.write(`atiende: could not open a browser (${command}): open the address above yourself\n`));
  opener.unref();
}
