// @ts-check
// Electron ≥ 42 downloads its binary at first launch, not at npm install. The launcher runs
// Electron's own installer (node_modules/electron/install.js) once, with a time limit, and
// says in plain words why when the binary cannot be had.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, stopTree } from './children.mjs';

export const DOWNLOAD_LIMIT_MS = 5 * 60_000;

/**
 * The Electron binary if it is on disk: electron-vite reads node_modules/electron/path.txt,
 * which the installer writes last (or ELECTRON_EXEC_PATH).
 * @param {string} root
 * @returns {string | null}
 */
export function electronBinary(root, env = process.env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const dir = join(root, 'node_modules', 'electron');
  try {
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * Why the installer failed, in plain words, from what it printed (a stack trace).
 * @param {{ output: string, timedOut: boolean, limitMs: number }} outcome
 */
export function downloadFailure({ output, timedOut, limitMs }) {
  if (timedOut) return `the download did not finish within ${Math.round(limitMs / 60_000)} minutes`;
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up/i.test(output)) {
    return 'its download server cannot be reached from this computer';
  }
  const status = /HTTPError[^\n]*?(\d{3})|status(?: code)? (\d{3})/i.exec(output);
  if (status) return `its download server answered HTTP ${status[1] ?? status[2]}`;
  if (/checksum/i.test(output)) return 'the downloaded file was damaged (wrong checksum)';
  const first = output.split('\n').find((line) => line.trim() !== '')?.trim();
  return first ? `its installer failed: ${first.slice(0, 160)}` : 'its installer failed';
}

/**
 * Downloads the binary unless it is there. Answers null when it is, or why it is not.
 * @param {string} root
 * @param {string} node a Node ≥ 24 to run the installer with
 * @param {number} limitMs
 * @returns {Promise<string | null>}
 */
export async function installElectron(root, node, limitMs = DOWNLOAD_LIMIT_MS) {
  if (electronBinary(root)) return null;
  const installer = start(node, [join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ownGroup: true });
  let output = '';
  installer.child.stdout?.on('data', (chunk) => (output += String(chunk)));
  installer.child.stderr?.on('data', (chunk) => (output += String(chunk)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stopTree(installer.child, 'SIGTERM');
  }, limitMs);
  const code = await installer.exited;
  clearTimeout(timer);
  if (code === 0 && electronBinary(root)) return null;
  return downloadFailure({ output, timedOut, limitMs });
}
