// @ts-check
// Finds the Node.js the project runs on (24 or later: better-sqlite3-multiple-ciphers 13 and vitest 5 need it):
// the running Node when new enough, else the one tools/node24 brings from the npm registry,
// installed on first use as tools/use-node24.sh does. Plain JavaScript without dependencies,
// so it runs on whatever Node ≥ 20 the system has.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LauncherError } from './launcher-error.mjs';

export const REQUIRED_MAJOR = 24;

/** @param {string} version "v24.1.0" or "24.1.0" */
export const majorOf = (version) => Number(/^v?(\d+)\./.exec(version)?.[1] ?? 0);

/**
 * Where the npm package `node` in tools/node24 leaves the binary: bin/node, and on Windows
 * bin/node.exe (its bin/node there is a placeholder text file).
 * @param {string} root the project folder
 * @param {NodeJS.Platform} platform
 */
export const toolchainNode = (root, platform = process.platform) =>
  join(root, 'tools', 'node24', 'node_modules', 'node', 'bin', platform === 'win32' ? 'node.exe' : 'node');

/**
 * The Node to run the project with: the running one when it is 24 or later, else the
 * toolchain's when installed; null when the toolchain must be installed first.
 * @param {{ running: { version: string, path: string }, toolchain: string, exists: (path: string) => boolean }} found
 * @returns {{ path: string, source: 'system' | 'toolchain' } | null}
 */
export function pickNode({ running, toolchain, exists }) {
  if (majorOf(running.version) >= REQUIRED_MAJOR) return { path: running.path, source: 'system' };
  if (exists(toolchain)) return { path: toolchain, source: 'toolchain' };
  return null;
}

/**
 * The path of a Node ≥ 24, installing tools/node24 from the npm registry when needed.
 * @param {string} root
 * @param {(line: string) => void} say
 */
export function ensureNode24(root, say) {
  const toolchain = toolchainNode(root);
  const running = { version: process.version, path: process.execPath };
  const picked = pickNode({ running, toolchain, exists: existsSync });
  if (picked) return picked.path;
  say(`Node ${process.version} is older than ${REQUIRED_MAJOR}: installing Node ${REQUIRED_MAJOR} into tools/node24 from the npm registry (once)…`);
  const result = npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], join(root, 'tools', 'node24'));
  if (result.status !== 0 || !existsSync(toolchain)) {
    throw new LauncherError(
      `could not install Node ${REQUIRED_MAJOR} into tools/node24 (npm install failed); install Node.js ${REQUIRED_MAJOR} or later from https://nodejs.org and try again`,
    );
  }
  return toolchain;
}

/**
 * Runs npm: the npm that started us when there is one (npm_execpath), else the one on PATH.
 * @param {string[]} args plain words only (on Windows they pass through cmd.exe)
 * @param {string} cwd
 */
function npm(args, cwd) {
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = ['ignore', 'inherit', 'inherit'];
  const cli = process.env.npm_execpath;
  if (cli && /\.c?js$/.test(cli)) return spawnSync(process.execPath, [cli, ...args], { cwd, stdio });
  // npm is npm.cmd on Windows, which only a shell can start.
  if (process.platform === 'win32') return spawnSync(`npm ${args.join(' ')}`, { cwd, stdio, shell: true });
  return spawnSync('npm', args, { cwd, stdio });
}
