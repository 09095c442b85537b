// The console's main-process memory: its services (the browser harness, as the e2e tests start
// it) in a process of their own, the sandbox staying in the bench's, read once the console is
// quiet after the first sync of lucia's 5,000-case world. The floor is Node itself: a process
// that loaded nothing; beside it, what loading the console's code alone costs, so the sync's own
// share shows.
import { spawn } from 'node:child_process';
import { readCpuMs, readMemory, startConsoleProcess } from './console-process.ts';
import type { Row } from './report.ts';
import { timed } from './stats.ts';

const AGENT = 'lucia';
const TARGET_MB = 200;
const MB = 2 ** 20;

const HARNESS_CODE = new URL('../src/main/harness/server.ts', import.meta.url).href;

/**
 * Resident memory of a Node process once it has loaded `module` (nothing when null) and is idle;
 * with `collected`, after the last-resort collection the console runs after a large pull (V8
 * grows its young generation while it compiles thousands of modules, and keeps it).
 */
async function idleNode(module: string | null, collected = false): Promise<number> {
  const load = module === null ? '' : `await import(${JSON.stringify(module)});`;
  const collect = collected ? `gc({ type: "major", execution: "sync", flavor: "last-resort" });` : '';
  const script = `${load} ${collect} process.stdout.write("up\\n"); setInterval(() => {}, 1000);`;
  const flags = collected ? ['--expose-gc'] : [];
  const child = spawn(process.execPath, [...flags, '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`A Node process loading ${module ?? 'nothing'} exited (${code})`)));
    });
    return readMemory(child.pid ?? 0).rss;
  } finally {
    child.kill('SIGTERM');
  }
}

const SETTLE_POLL_MS = 250;
/** Quiet for this long: under 20 ms of CPU spent and resident memory within 1 MB. */
const SETTLE_QUIET_MS = 1_000;
const SETTLE_MAX_MS = 20_000;

/**
 * The console says it is idle as soon as its sync's pages are applied; it then still does the
 * sync's last work (the reports snapshot, its presence, handing back what a large pull needed).
 * Resident memory is read once the process has been quiet for a second: spending no CPU and
 * holding still. Where /proc has no CPU time, it is read at once.
 */
async function settledMemory(pid: number): Promise<{ rss: number; peak: number | null; waitedMs: number }> {
  const started = performance.now();
  const sample = () => ({ cpu: readCpuMs(pid), rss: readMemory(pid).rss, at: performance.now() });
  let quietSince = sample();
  while (quietSince.cpu !== null && performance.now() - started < SETTLE_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const now = sample();
    const busy = (now.cpu ?? 0) - quietSince.cpu > 20 || Math.abs(now.rss - quietSince.rss) > MB;
    if (busy) quietSince = now;
    else if (now.at - quietSince.at >= SETTLE_QUIET_MS) break;
  }
  return { ...readMemory(pid), waitedMs: performance.now() - started };
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/** The bench's `memory` section. */
export async function memorySection({ url, progress }: { url: string; progress: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  progress(`The console's main process after ${AGENT}'s first sync, in a process of its own…`);
  const desk = await startConsoleProcess(url, AGENT);
  let after: Awaited<ReturnType<typeof settledMemory>>;
  let syncMs: number;
  let cases: number;
  let afterInbox: Awaited<ReturnType<typeof settledMemory>>;
  try {
    syncMs = (await timed(() => desk.synced())).ms;
    after = await settledMemory(desk.pid);
    cases = (await desk.call<unknown[]>('listInbox', { limit: 20_000 })).length;
    afterInbox = await settledMemory(desk.pid);
  } finally {
    await desk.stop();
  }
  const floor = await idleNode(null);
  const code = await idleNode(HARNESS_CODE, true);
  const rows: Row[] = [
    {
      measure: `the console's main process after the first sync, once quiet (${AGENT}, ${cases.toLocaleString('en-US')} cases in her queue; the sandbox in another process), resident memory`,
      result: mb(after.rss),
      floor: `Node with nothing loaded: ${mb(floor)}`,
      ratio: `${(after.rss / floor).toFixed(2)}×`,
      target: `< ${TARGET_MB} MB`,
      ok: after.rss < TARGET_MB * MB,
    },
    {
      measure: `the same process once its whole inbox was read through the bridge (every row at once, as the window asked at start before issue 19), once quiet`,
      result: mb(afterInbox.rss),
      floor: '—',
      ratio: '—',
      target: 'informs',
    },
    {
      measure: 'of which the console\'s code: a Node process that loaded the harness and its services, nothing opened or synced, after the same last-resort collection',
      result: mb(code),
      floor: '—',
      ratio: '—',
      target: 'informs',
    },
    {
      measure: 'the same process\'s peak resident memory during the sync',
      result: after.peak === null ? 'not read here' : mb(after.peak),
      floor: '—',
      ratio: '—',
      target: 'informs',
    },
  ];
  return { rows, notes: [`Memory: the first sync took ${Math.round(syncMs).toLocaleString('en-US')} ms from the console's start; resident memory read from /proc (ps elsewhere) once the console had been quiet for a second, ${Math.round(after.waitedMs).toLocaleString('en-US')} ms after it said it was idle.`] };
}
