// A console's main-process services in a process of their own, as on an agent's laptop: the
// browser harness (src/main/harness/main.ts) signed in to the bench's sandbox, which stays in
// the bench's process. Its resident memory is read from outside, and a tab can open its URL.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session } from '../src/shared/contract.ts';
import { SANDBOX_PASSWORD } from '../src/server/sandbox/seed.ts';
import { harnessUrl } from '../tests/fixtures/harness-url.ts';

const HARNESS = fileURLToPath(new URL('../src/main/harness/main.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;

export interface ConsoleProcess {
  /** What a tab opens (the token rides in the query). */
  url: string;
  pid: number;
  /** Calls one contract operation on the console, as the page's bridge does. */
  call: <T>(operation: string, input?: unknown) => Promise<T>;
  /** Resolves once the first sync is done (the console synced once and is idle). */
  synced: () => Promise<Session>;
  /** Resident and peak resident memory of the process now, in bytes. */
  memory: () => { rss: number; peak: number | null };
  stop: () => Promise<void>;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * After seconds of other work, the pooled keep-alive socket may be one the server has just closed
 * (on a busy machine the two timeouts cross): the request never reached it, and fetch does not
 * retry a POST, so it is sent once more here.
 */
export async function onceMoreAfterReset(send: () => Promise<Response>): Promise<Response> {
  return send().catch((error: unknown) => {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return send();
  });
}

/** Starts a console for `username` on the sandbox at `server`, in a fresh profile folder. */
export async function startConsoleProcess(server: string, username: string): Promise<ConsoleProcess> {
  const home = mkdtempSync(join(tmpdir(), 'atiende-bench-console-'));
  // No keychain in the bench: the key files go to this throwaway home, as the e2e tests' do.
  const { DBUS_SESSION_BUS_ADDRESS: _bus, ...env } = process.env;
  const child = spawn(process.execPath, [HARNESS, '--server', server, '--user', username, '--profile', home], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, ATIENDE_HOME: home, ATIENDE_PASSWORD: SANDBOX_PASSWORD },
  });
  let url: string;
  try {
    url = await harnessUrl(child, START_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const call = async <T>(operation: string, input: unknown = {}): Promise<T> => {
    const response = await onceMoreAfterReset(() => fetch(`${parsed.origin}/rpc/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-atiende-token': token },
      body: JSON.stringify(input),
    }));
    const answer = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
    if (!answer.ok) throw new Error(`${operation}: ${answer.error.code}: ${answer.error.message}`);
    return answer.value;
  };
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    call,
    synced: async () => {
      for (;;) {
        const session = await call<Session>('getSession');
        if (session.status?.lastSyncedAt && session.status.state === 'idle') return session;
        if (session.status?.state === 'error' || session.status?.state === 'signed_out') {
          throw new Error(`The console's first sync failed: ${session.status.lastError ?? session.status.state}`);
        }
        await tick();
      }
    },
    memory: () => readMemory(pid),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** CPU time the process has spent, in ms, where /proc says it (null elsewhere). */
export function readCpuMs(pid: number): number | null {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return null;
  const text = readFileSync(stat, 'utf8');
  // After the command's closing parenthesis, utime and stime are the 12th and 13th fields, in
  // clock ticks (USER_HZ, 100 a second on Linux).
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Linux says resident and peak resident memory in /proc; elsewhere `ps` says the resident one. */
export function readMemory(pid: number): { rss: number; peak: number | null } {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const text = readFileSync(status, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN) * 1024;
    return { rss: kib('VmRSS'), peak: kib('VmHWM') };
  }
  return { rss: Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024, peak: null };
}
