// The class operations as the window calls them (the controller, through dispatch), against a real
// sandbox on loopback: a trainee joining with their code, and each refusal of the server's reaching
// the Clase page with a code of its own, worded in both languages, not as a bare rejected request.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClassStartResponse } from '../../shared/classes/wire.ts';
import type { Input, Operation, Output } from '../../shared/contract.ts';
import { fill, MAIN_STRINGS } from '../../shared/i18n/main.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { ConsoleController } from '../console/controller.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { createHandlers, type Handlers } from '../ipc/handlers.ts';

const SCRIPTS = fileURLToPath(new URL('../../../tests/fixtures/classes/server/', import.meta.url));
const BROKEN = fileURLToPath(new URL('../../../tests/fixtures/classes/server-broken/', import.meta.url));
const TITLE = 'Prueba del servidor de clases';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let controller: ConsoleController;
let handlers: Handlers;

async function open(scriptDir: string): Promise<void> {
  sandbox = await startSandbox({ classScriptDir: scriptDir });
  dir = tempDir();
  controller = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined, notify: () => undefined });
  handlers = createHandlers(controller, { openUrl: () => undefined, externalHosts: [] });
}
beforeEach(() => open(SCRIPTS));
afterEach(async () => {
  await controller.close();
  await sandbox.stop();
  dir.remove();
});

const call = async <O extends Operation>(op: O, input: Input<O>): Promise<Output<O>> => {
  const result = await dispatch(handlers, op, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as Output<O>;
};
/** What the renderer receives for a refused call: its code and main's message. */
const refusal = async <O extends Operation>(op: O, input: Input<O>) => {
  const result = await dispatch(handlers, op, input);
  expect(result.ok, `${op} should be refused`).toBe(false);
  return (result as { ok: false; error: { code: string; message: string } }).error;
};
const asTrainer = () => call('connect', { server: sandbox.url, username: 'diego', password: 'sandbox' });

describe('joining a class from the console', () => {
  it('makes a training profile with the class’s title, and refuses the code a second time in words', async () => {
    const started = await sandbox.control<ClassStartResponse>('POST', '/v1/classes', { scenario: 'prueba-servidor', trainees: ['Ana'] });
    const [ana] = started.trainees;
    const session = await call('joinClass', { server: sandbox.url, code: ana!.password });
    expect(session.profile).toMatchObject({ username: ana!.username, agentName: 'Ana', training: true, sandbox: false, classTitle: TITLE });

    const again = await refusal('joinClass', { server: sandbox.url, code: ana!.password });
    expect(again.code).toBe('class_code_refused');
    expect(MAIN_STRINGS.es.errors.class_code_refused).toContain('ya se usó');
    // The trainee's profile stays open.
    expect((await call('getSession', {})).profile).toMatchObject({ username: ana!.username, classTitle: TITLE });
  });
});

describe('the server’s class refusals, as the Clase page gets them', () => {
  it('names a finished class, a trainee or a case the class does not have, and a script it cannot find', async () => {
    await asTrainer();
    const { classId, trainees } = await call('startClass', { scenario: 'prueba-servidor', trainees: ['Ana'], speed: 1 });
    expect(await refusal('classCase', { classId, trainee: 'nadie', caseId: 'case-1' })).toMatchObject({ code: 'trainee_not_found' });
    expect(await refusal('classCase', { classId, trainee: trainees[0]!.username, caseId: 'no-such-case' })).toMatchObject({ code: 'trainee_case_not_found' });

    expect(await call('classControl', { classId, action: 'stop' })).toMatchObject({ state: 'finished' });
    expect(await refusal('classControl', { classId, action: 'resume' })).toMatchObject({ code: 'class_finished', message: expect.stringMatching(new RegExp(`^Class ${classId} has finished`)) as string });
    const late = { classId, trainee: null, channel: 'webchat' as const, customer: { name: 'Tarde', handle: 'tarde' }, text: 'Hola' };
    expect(await refusal('classMessage', late)).toMatchObject({ code: 'class_finished' });

    const missing = await refusal('startClass', { scenario: 'no-such-script', trainees: ['Ana'], speed: 1 });
    expect(missing.code).toBe('invalid_script');
    // The server's own words, which name the file: the sentence quotes them.
    expect(missing.message).toBe('There is no class script no-such-script.json');
    expect(fill(MAIN_STRINGS.en.errors.invalid_script, { message: missing.message })).toBe(`The class script cannot be used: ${missing.message}`);
  });

  it('says a broken script is broken, naming the file and the step, even when listing the scripts fails', async () => {
    await controller.close();
    await sandbox.stop();
    dir.remove();
    await open(BROKEN);
    await asTrainer();
    // The server answers 500 for a folder with a broken script: not "offline", the script's fault.
    const listed = await refusal('classScripts', {});
    expect(listed.code).toBe('invalid_script');
    expect(listed.message).toContain('roto.json');
    const started = await refusal('startClass', { scenario: 'roto', trainees: ['Ana'], speed: 1 });
    expect(started.code).toBe('invalid_script');
    expect(started.message).toContain('step 0 (id "paso-roto") › channel');
  });
});
