// `derive` as an agent runs it: an area by its name (accents and case folded) or a person,
// queued offline, delivered once by `sync`; `cases --json` shows each case's derivation, and the
// area's member answers with `answer-derivation`. Bad input is refused in words, nothing queued.
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

async function signedIn(user: string): Promise<string> {
  const profile = `${dir.path}/${user}`;
  expect((await cli('login', '--server', sandbox.url, '--user', user, '--password', 'sandbox', '--profile', profile)).code).toBe(0);
  expect((await cli('sync', '--profile', profile)).code).toBe(0);
  return profile;
}

interface Listed { id: string; number: number; derivation: { to: string; state: string; note: string } | null }
const listed = async (profile: string, caseId: string) =>
  (JSON.parse((await cli('cases', '--profile', profile, '--json')).stdout) as Listed[]).find((c) => c.id === caseId);

describe('atiende derive', () => {
  it('derives offline to an area named as agents write it, delivers once, and shows the derivation until the area answers', async () => {
    const lucia = await signedIn('lucia');
    expect(await listed(lucia, 'case-038')).toMatchObject({ derivation: null });
    await sandbox.goOffline();

    const unknown = await cli('derive', '--profile', lucia, '--case', '1038', '--to', 'area:cocina', '--note', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^atiende: "area:cocina" is not an area .*facturacion \(Facturación\)/);
    const noNote = await cli('derive', '--profile', lucia, '--case', '1038', '--to', 'area:facturacion');
    expect(noNote.stderr).toMatch(/missing --note/);

    const queued = await cli('derive', '--profile', lucia, '--case', '#1038', '--to', 'area:FACTURACION', '--note', '¿Corresponde el cargo?');
    expect(queued.code).toBe(0);
    expect(queued.stdout).toMatch(/^Derivation of case #1038 to Facturación \(area:facturacion\) queued as mutation 1/);
    expect(await listed(lucia, 'case-038')).toMatchObject({ derivation: { to: 'area:facturacion', state: 'derived', note: '¿Corresponde el cargo?' } });
    expect((await cli('sync', '--profile', lucia)).code).toBe(1);

    await sandbox.restart();
    expect((await cli('sync', '--profile', lucia)).code).toBe(0);
    expect((await cli('sync', '--profile', lucia)).code).toBe(0);
    expect(sandbox.server.db.prepare("SELECT to_ref, state FROM derivations WHERE case_id = 'case-038'").all())
      .toEqual([{ to_ref: 'area:facturacion', state: 'derived' }]);
    const again = await cli('derive', '--profile', lucia, '--case', '1038', '--to', 'mateo', '--note', 'otra');
    expect(again.stderr).toMatch(/already derived/);

    // mateo, Facturación's member, answers internally; lucia's case shows his note.
    const mateo = await signedIn('mateo');
    const empty = await cli('answer-derivation', '--profile', mateo, '--case', 'case-038', '--outcome', 'answered');
    expect(empty.stderr).toMatch(/needs its internal note/);
    const long = await cli('answer-derivation', '--profile', mateo, '--case', 'case-038', '--outcome', 'returned', '--note', 'x'.repeat(2001));
    expect(long.stderr).toMatch(/internal note is 2001 characters; keep it to 2000/);
    const answered = await cli('answer-derivation', '--profile', mateo, '--case', 'case-038', '--outcome', 'answered', '--note', 'Se bonifica');
    expect(answered.code).toBe(0);
    expect(answered.stdout).toMatch(/^Derivation answered on case #1038, queued/);
    expect((await cli('sync', '--profile', mateo)).code).toBe(0);
    expect((await cli('sync', '--profile', lucia)).code).toBe(0);
    expect(await listed(lucia, 'case-038')).toMatchObject({ derivation: { to: 'area:facturacion', state: 'answered', note: 'Se bonifica' } });
  });

  it('derives to a person by a bare name', async () => {
    const lucia = await signedIn('lucia');
    const queued = await cli('derive', '--profile', lucia, '--case', '1038', '--to', 'mateo', '--note', 'Consulta');
    expect(queued.stdout).toMatch(/to mateo \(agent:mateo\)/);
    expect((await cli('sync', '--profile', lucia)).code).toBe(0);
    expect(sandbox.server.db.prepare("SELECT to_ref FROM derivations WHERE case_id = 'case-038'").all()).toEqual([{ to_ref: 'agent:mateo' }]);
  });
});
