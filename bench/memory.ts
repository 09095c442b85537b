// The console's main-process memory: its services (the browser harness, as the e2e tests start
// it) in a process of their own, the sandbox staying in the bench's, read after the first sync
// of lucia's 5,000-case world. The floor is Node itself: a process that loaded nothing; beside it,
// what loading the console's code alone costs, so the sync's own share shows.
import { spawn } from 'node:child_process';
import { readMemory, startConsoleProcess } from './console-process.ts';
import type { Row } from './report.ts';
import { timed } from './stats.ts';

const AGENT = 'lucia';
const TARGET_MB = 200;
const MB = 2 ** 20;

const HARNESS_CODE = new URL('../src/main/harness/server.ts', import.meta.url).href;

/** Resident memory of a Node process once it has loaded `module` (nothing when null) and is idle. */
async function idleNode(module: string | null): Promise<number> {
  const load = module === null ? '' : `await import(${JSON.stringify(module)});`;
  const script = `${load} process.stdout.write("up\\n"); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
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

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/** The bench's `memory` section. */
export async function memorySection({ url, progress }: { url: string; progress: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  progress(`The console's main process after ${AGENT}'s first sync, in a process of its own…`);
  const desk = await startConsoleProcess(url, AGENT);
  let after: ReturnType<typeof desk.memory>;
  let syncMs: number;
  let cases: number;
  try {
    syncMs = (await timed(() => desk.synced())).ms;
    after = desk.memory();
    cases = (await desk.call<unknown[]>('listInbox', { limit: 20_000 })).length;
  } finally {
    await desk.stop();
  }
  const floor = await idleNode(null);
  const code = await idleNode(HARNESS_CODE);
  const rows: Row[] = [
    {
      measure: `the console's main process after the first sync (${AGENT}, ${cases.toLocaleString('en-US')} cases in her queue; the sandbox in another process), resident memory`,
      result: mb(after.rss),
      floor: `Node with nothing loaded: ${mb(floor)}`,
      ratio: `${(after.rss / floor).toFixed(2)}×`,
      target: `< ${TARGET_MB} MB`,
      ok: after.rss < TARGET_MB * MB,
    },
    {
      measure: 'of which the console\'s code: a Node process that loaded the harness and its services, nothing opened or synced',
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
  return { rows, notes: [`Memory: the first sync took ${Math.round(syncMs).toLocaleString('en-US')} ms from the console's start; resident memory read from /proc (ps elsewhere).`] };
}
