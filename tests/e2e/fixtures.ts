// Each e2e test gets its own sandbox server (in this process, so the test can take it down),
// its own profile folder, and its own harness process, as an agent's laptop would.
import { spawn, type ChildProcess } from 'node:child_process';
import { test as base, expect } from '@playwright/test';
import { harnessUrl } from '../fixtures/harness-url.ts';
import { startSandbox, tempDir, type RunningSandbox, type TestSandboxOptions } from '../fixtures/sandbox.ts';

export interface Console {
  url: string;
  sandbox: RunningSandbox;
}

/** `--server` signs in with the sandbox's password "sandbox". `withoutKeychain`: no D-Bus session, so no keychain answers and the token goes to the file fallback. */
async function startHarness(args: string[], options: { withoutKeychain?: boolean } = {}): Promise<{ child: ChildProcess; url: string }> {
  const { DBUS_SESSION_BUS_ADDRESS: _bus, ...withoutBus } = process.env;
  // The profiles folder is the harness's home too: key files (no keychain) go to its keys/ and
  // are removed with it, never to the home of whoever runs the tests.
  const profiles = args.indexOf('--profile');
  const home = profiles >= 0 ? { ATIENDE_HOME: args[profiles + 1] } : {};
  // The password of every sandbox user, from the environment: the harness takes none on its command line.
  const env = { ...(options.withoutKeychain ? withoutBus : process.env), ...home, ATIENDE_PASSWORD: 'sandbox' };
  const child = spawn(process.execPath, ['src/main/harness/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const url = await harnessUrl(child, 30_000);
  return { child, url };
}

/** Consoles of several agents on one sandbox, e.g. a supervisor's and an agent's. */
export interface Team {
  sandbox: RunningSandbox;
  /** Signs `username` in on a harness of their own (password "sandbox") and answers its URL. */
  consoleOf(username: string): Promise<string>;
}

/** A console signed in as `username` on `sandbox`, with its own profile folder. */
async function startConsole(sandbox: RunningSandbox, username: string): Promise<{ url: string; stop: () => void; remove: () => void }> {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--server', sandbox.url, '--user', username, '--profile', profiles.path]);
  return { url: harness.url, stop: () => harness.child.kill('SIGTERM'), remove: profiles.remove };
}

export const test = base.extend<{ atiende: Console; team: Team; sandboxOptions: TestSandboxOptions }>({
  /** The `atiende` sandbox's options; a spec changes them with `test.use({ sandboxOptions })`. */
  sandboxOptions: [{}, { option: true }],
  atiende: async ({ sandboxOptions }, use) => {
    const sandbox = await startSandbox(sandboxOptions);
    const lucia = await startConsole(sandbox, 'lucia');
    await use({ url: lucia.url, sandbox });
    lucia.stop();
    await sandbox.stop();
    lucia.remove();
  },
  // A supervisor and agents on one sandbox, with out-of-hours auto-replies on, and a long offline
  // limit: its tests set the server's clock to nights and holidays months apart.
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
  team: async ({}, use) => {
    const sandbox = await startSandbox({ autoReplies: true, maxOfflineDays: 365 });
    const started: Awaited<ReturnType<typeof startConsole>>[] = [];
    await use({
      sandbox,
      consoleOf: async (username) => {
        const console = await startConsole(sandbox, username);
        started.push(console);
        return console.url;
      },
    });
    for (const console of started) console.stop();
    await sandbox.stop();
    for (const console of started) console.remove();
  },
});

export { expect, startHarness };
