// A class run from a terminal, each command in a child process against the real sandbox on
// loopback: the trainer starts it, runs its clock, watches it, stops it and grades it; the
// trainees sign in with what was printed (once) or join with their code; and what the trainer's
// commands refuse (not a trainer, a class or script the server does not have, a finished class).
// The script is tests/fixtures/classes/server/prueba-servidor.json (60 scenario minutes).
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClassStartResponse, ClassSummary } from '../../src/shared/classes/wire.ts';
import { cli } from '../fixtures/cli.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

const SCRIPTS = fileURLToPath(new URL('../fixtures/classes/server/', import.meta.url));

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;

beforeEach(async () => {
  sandbox = await startSandbox({ classScriptDir: SCRIPTS });
  dir = tempDir();
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const profileOf = (user: string) => `${dir.path}/${user}`;
const diego = () => profileOf('diego');
const login = (user: string, password: string) => cli('login', '--server', sandbox.url, '--user', user, '--password', password, '--profile', profileOf(user));

async function ok(...args: string[]): Promise<string> {
  const result = await cli(...args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}
const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await ok(...args, '--json')) as T;

async function startClass(trainees = 'Ana,Beto'): Promise<ClassStartResponse> {
  expect((await login('diego', 'sandbox')).code).toBe(0);
  return json<ClassStartResponse>('class', 'start', '--profile', diego(), '--scenario', 'prueba-servidor', '--trainees', trainees);
}
const control = (classId: string, ...flags: string[]) => json<ClassSummary>('class', 'control', '--profile', profileOf('diego'), '--class', classId, ...flags);

describe('a class run from the command line', () => {
  it('prints each trainee’s credentials, and a trainee signs in with them once', async () => {
    const started = await startClass();
    expect(Object.keys(started).sort()).toEqual(['classId', 'trainees']);
    expect(started.trainees.map((t) => Object.keys(t).sort())).toEqual([['name', 'password', 'username'], ['name', 'password', 'username']]);
    const [ana, beto] = started.trainees;
    expect(ana).toMatchObject({ name: 'Ana', username: expect.stringMatching(/^ana-/) });
    expect(beto!.password).not.toBe(ana!.password);

    const first = await login(ana!.username, ana!.password);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(ana!.username);
    const again = await cli('login', '--server', sandbox.url, '--user', ana!.username, '--password', ana!.password, '--profile', `${dir.path}/again`);
    expect(again.code).toBe(1);
    // A used password answers as a wrong one does: it tells nobody which usernames are trainees'.
    expect(again.stderr).toMatch(/^atiende: .*Wrong user or password/);

    // Beto joins with his code alone, then the code is spent.
    const joined = await ok('class', 'join', '--server', sandbox.url, '--code', beto!.password, '--profile', profileOf('beto'));
    expect(joined).toContain(`Joined "Prueba del servidor de clases" as Beto (${beto!.username}) on ${sandbox.url}`);
    const spent = await cli('class', 'join', '--server', sandbox.url, '--code', beto!.password, '--profile', `${dir.path}/beto-again`);
    expect(spent.code).toBe(1);
    expect(spent.stderr).toContain('That class code is wrong or was already used');

    const status = await json<ClassSummary & { trainees: { name: string; joined: boolean; answered: number }[] }>('class', 'status', '--profile', diego(), '--class', started.classId);
    expect(status).toMatchObject({ classId: started.classId, scenario: 'prueba-servidor', state: 'ready', elapsedMinutes: 0, durationMinutes: 60 });
    expect(status.trainees.map(({ name, joined }) => ({ name, joined }))).toEqual([{ name: 'Ana', joined: true }, { name: 'Beto', joined: true }]);
  });

  it('starts, pauses, resumes, speeds up and jumps the class’s clock, then stops it and grades it', async () => {
    const { classId } = await startClass('Ana');
    const started = await ok('class', 'control', '--profile', diego(), '--class', classId, '--action', 'start');
    expect(started).toMatch(new RegExp(`^Prueba del servidor de clases \\(prueba-servidor, ${classId}\\): running, ×1, 0/60 min, scenario time `));
    expect(await control(classId, '--action', 'speed', '--speed', '5')).toMatchObject({ state: 'running', speed: 5 });
    const paused = await control(classId, '--action', 'pause');
    expect(paused.state).toBe('paused');
    // Paused, the clock stands still: the jump moves it by exactly the minutes asked.
    const jumped = await control(classId, '--action', 'jump', '--minutes', '10');
    expect(jumped).toMatchObject({ state: 'paused', speed: 5 });
    expect(jumped.elapsedMinutes).toBeCloseTo(paused.elapsedMinutes + 10, 6);
    expect(await control(classId, '--action', 'resume')).toMatchObject({ state: 'running' });

    const provisional = await json<{ finished: boolean }>('class', 'grade', '--profile', diego(), '--class', classId);
    expect(provisional.finished).toBe(false);

    expect(await ok('class', 'stop', '--profile', diego(), '--class', classId)).toBe(`Class ${classId} finished: its grades with class grade --class ${classId}\n`);
    const grade = await json<{ finished: boolean; trainees: { name: string; score: number; rules: { rule: string; pass: boolean | null; evidence: string | null; reference: string }[] }[] }>(
      'class', 'grade', '--profile', diego(), '--class', classId,
    );
    expect(grade.finished).toBe(true);
    expect(grade.trainees).toHaveLength(1);
    const [ana] = grade.trainees;
    expect(ana).toMatchObject({ name: 'Ana', score: expect.any(Number) });
    // Ana never answered: the chat's service level failed, the insult left unanswered in public passed.
    expect(ana!.rules.map((r) => Object.keys(r).sort())).toEqual(ana!.rules.map(() => ['evidence', 'pass', 'reference', 'rule']));
    expect(ana!.rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ rule: 'service_level', pass: false, reference: expect.stringMatching(/\S/) }),
      expect.objectContaining({ rule: 'hostile_not_public', pass: true, reference: expect.stringMatching(/\S/) }),
    ]));
    expect(ana!.score).toBeGreaterThan(0);
    expect(ana!.score).toBeLessThan(100);

    // A finished class takes no more control, in words that say what is left to do.
    const after = await cli('class', 'control', '--profile', diego(), '--class', classId, '--action', 'resume');
    expect(after).toMatchObject({ code: 1, stdout: '' });
    expect(after.stderr).toBe(`atiende: Class ${classId} has finished: nothing changes it now (its grades: class grade --class ${classId})\n`);
    expect(await cli('class', 'stop', '--profile', diego(), '--class', classId)).toMatchObject({ code: 1, stderr: expect.stringContaining(`Class ${classId} has finished`) });
  });
});

describe('what the trainer’s commands refuse', () => {
  it('names a class or a script the server does not have, exit 1', async () => {
    expect((await login('diego', 'sandbox')).code).toBe(0);
    for (const sub of ['status', 'grade', 'stop']) {
      expect(await cli('class', sub, '--profile', diego(), '--class', 'no-such-class')).toMatchObject({ code: 1, stdout: '', stderr: `atiende: No class "no-such-class" on ${sandbox.url}\n` });
    }
    expect(await cli('class', 'control', '--profile', diego(), '--class', 'no-such-class', '--action', 'pause'))
      .toMatchObject({ code: 1, stderr: `atiende: No class "no-such-class" on ${sandbox.url}\n` });
    const script = await cli('class', 'start', '--profile', diego(), '--scenario', 'no-such-script', '--trainees', 'Ana');
    expect(script.code).toBe(1);
    expect(script.stderr).toMatch(/^atiende: The script cannot be used: There is no class script no-such-script\.json/);
  });

  it('tells an agent that only a trainer runs a class’s clock or reads its grades', async () => {
    expect((await login('lucia', 'sandbox')).code).toBe(0);
    const refusal = `atiende: Only a trainer runs classes: lucia on ${sandbox.url} signs in as agent\n`;
    expect(await cli('class', 'control', '--profile', profileOf('lucia'), '--class', 'k7p2', '--action', 'start')).toMatchObject({ code: 1, stdout: '', stderr: refusal });
    expect(await cli('class', 'grade', '--profile', profileOf('lucia'), '--class', 'k7p2', '--json')).toMatchObject({ code: 1, stdout: '', stderr: refusal });
  });

  it('refuses an action it does not know, or without what it takes, before asking the server', async () => {
    const controlWith = (...flags: string[]) => cli('class', 'control', '--profile', diego(), '--class', 'k7p2', ...flags);
    expect(await controlWith()).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --action') });
    expect(await controlWith('--action', 'stop')).toMatchObject({ code: 1, stderr: 'atiende: --action takes start, pause, resume, speed, jump; not stop (class stop ends a class)\n' });
    expect(await controlWith('--action', 'speed')).toMatchObject({ code: 1, stderr: 'atiende: --action speed needs --speed 1|2|5\n' });
    expect(await controlWith('--action', 'jump', '--minutes', '0')).toMatchObject({ code: 1, stderr: expect.stringContaining('--action jump needs --minutes, more than 0 and at most 1440') });
    expect(await controlWith('--action', 'pause', '--minutes', '5')).toMatchObject({ code: 1, stderr: 'atiende: --minutes goes with --action jump\n' });
  });
});
