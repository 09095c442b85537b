// `atiende class` as an operator runs it, in a child process, against a real sandbox on loopback:
// what it refuses before asking the server (usage, flags, a profile that is not a trainer's), and
// a trainer's command with the server gone. The class routes' own answers are covered where the
// server's classes are tested.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const profileOf = (user: string) => `${dir.path}/${user}`;
const login = async (user: string) => {
  const signedIn = await cli('login', '--server', sandbox.url, '--user', user, '--password', 'sandbox', '--profile', profileOf(user));
  expect(signedIn.code, signedIn.stderr).toBe(0);
};

describe('atiende class', () => {
  it('names the subcommands and the flags missing, as usage errors', async () => {
    expect(await cli('class')).toMatchObject({ code: 2, stderr: "atiende: class needs a subcommand: start, control, status, grade, stop, join (see 'atiende help')\n" });
    expect(await cli('class', 'pause')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown class subcommand "pause"') });
    expect(await cli('class', 'start', '--profile', profileOf('diego'), '--scenario', 'primer-dia'))
      .toMatchObject({ code: 2, stderr: expect.stringContaining('missing --trainees') });
    expect(await cli('class', 'grade', '--profile', profileOf('diego'))).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --class') });
    expect(await cli('class', 'join', '--server', sandbox.url)).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --code') });
    expect((await cli('help')).stdout).toContain('class start --profile DIR --scenario NAME --trainees ana,beto');
  });

  it('refuses bad trainees and speeds before the profile is even opened', async () => {
    const start = (...flags: string[]) => cli('class', 'start', '--profile', profileOf('diego'), '--scenario', 'primer-dia', ...flags);
    expect(await start('--trainees', 'ana,,beto')).toMatchObject({ code: 1, stderr: expect.stringContaining('--trainees: a comma-separated list of names, none empty') });
    expect(await start('--trainees', 'ana,beto', '--speed', '3')).toMatchObject({ code: 1, stderr: 'atiende: --speed takes 1, 2, 5; not 3\n' });
  });

  it('tells an agent that only a trainer runs classes', async () => {
    await login('lucia');
    const refused = await cli('class', 'start', '--profile', profileOf('lucia'), '--scenario', 'primer-dia', '--trainees', 'ana,beto', '--json');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`atiende: Only a trainer runs classes: lucia on ${sandbox.url} signs in as agent\n`);
  });

  it('says a class needs the server when it cannot be reached', async () => {
    await login('diego');
    await sandbox.goOffline();
    const offline = await cli('class', 'status', '--profile', profileOf('diego'), '--class', 'k7p2');
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/^atiende: Offline: A class needs the server: Cannot reach http:\/\/127\.0\.0\.1:\d+/);
  });
});
