// @ts-check
// The processes the launcher starts, and stopping all of them. A child started with `ownGroup`
// leads a process group of its own (POSIX), so a signal also reaches what it started in turn
// (electron-vite → Electron); others stay in the terminal's group, free to read its input.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** How long a child asked to stop may take to save and close before it is forced (Windows). */
const GRACE_MS = 3000;

let stopRequested = false;

/** Whether a signal asked the launcher to stop: it starts nothing more. */
export const stopping = () => stopRequested;

/** @type {WeakSet<import('node:child_process').ChildProcess>} */
const groupLeaders = new WeakSet();

/**
 * Starts `command`; `exited` answers its exit code (128 + n when signal n ended it).
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { ownGroup?: boolean }} [options]
 */
export function start(command, args, { ownGroup = false, ...options } = {}) {
  const detached = ownGroup && process.platform !== 'win32';
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options, detached });
  running.add(child);
  if (detached) groupLeaders.add(child);
  /** @type {Promise<number>} */
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      running.delete(child);
      process.stderr.write(`atiende: could not start ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? 128 + signalNumber(signal));
    });
  });
  return { child, exited };
}

/**
 * Stops a child and everything it started.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
export function stopTree(child, signal = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform === 'win32') {
    // Ask first, so the console saves its draft and closes its database; force only if it lingers.
    spawnSync('taskkill', ['/pid', String(child.pid), '/T'], { stdio: 'ignore' });
    const force = setTimeout(() => spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' }), GRACE_MS);
    child.once('exit', () => clearTimeout(force));
    return;
  }
  try {
    if (groupLeaders.has(child)) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    child.kill(signal);
  }
}

/**
 * Ctrl+C, SIGTERM and a closed terminal stop every child before the launcher leaves; the
 * launcher itself exits when they have (its caller awaits their exit).
 */
export function stopChildrenOnSignals() {
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      stopRequested = true;
      for (const child of running) stopTree(child, signal);
    });
  }
  // An unexpected end of the launcher still takes its children with it.
  process.on('exit', () => {
    for (const child of running) stopTree(child, 'SIGTERM');
  });
}

/** @param {NodeJS.Signals | null} signal */
const signalNumber = (signal) => (signal === null ? 0 : constants.signals[signal]);
