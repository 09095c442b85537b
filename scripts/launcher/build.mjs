// @ts-check
// Whether the console must be built before it starts: a fresh clone has no out/, and an edit or
// a pull makes some source newer than the build. An up-to-date build is left alone, so a start
// never empties out/ under a console that is serving it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What electron-vite writes: one file per target. */
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
/** What it builds from: the sources, its configuration and the dependencies. */
const INPUTS = ['src', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

/**
 * @param {(number | null)[]} outputTimes modification times of the outputs, null when missing
 * @param {number} newestInput the newest modification time among the inputs
 */
export const needsBuild = (outputTimes, newestInput) =>
  outputTimes.some((time) => time === null) || Math.min(...outputTimes.map(Number)) < newestInput;

/**
 * @param {string} root
 * @returns {boolean}
 */
export function buildIsStale(root) {
  return needsBuild(OUTPUTS.map((file) => modified(join(root, file))), Math.max(...INPUTS.map((input) => newest(join(root, input)))));
}

/**
 * @param {string} path
 * @returns {number | null}
 */
function modified(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * @param {string} path a file, or a folder whose newest file counts
 * @returns {number}
 */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}
