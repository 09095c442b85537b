// `qa report` as an operator runs it: reviews queued with `qa review` and delivered by `sync`
// are each agent's count and average score, read offline from the cache; a bad date or an
// agent's profile is refused in words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { insertPack } from '../fixtures/qa-pack.ts';
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

const ALL_YES = {
  'tono-transparente': 3, 'tono-humilde': 5, historial: 'yes', 'nivel-servicio': 'yes', clasificacion: 'yes', firma: 'yes',
  plantillas: 'na', 'un-contacto': 'yes', sorprender: 'no',
};
const PERIOD = ['--from', '2000-01-01T00:00:00Z', '--to', '2100-01-01T00:00:00Z'];

async function signedIn(user: string) {
  const profile = `${dir.path}/${user}`;
  expect((await cli('login', '--server', sandbox.url, '--user', user, '--password', 'sandbox', '--profile', profile)).code).toBe(0);
  expect((await cli('sync', '--profile', profile)).code).toBe(0);
  return profile;
}

describe('atiende qa report', () => {
  it('prints each agent’s reviews and average score in the period, offline', async () => {
    const packId = insertPack(sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    const profile = await signedIn('sofia');
    const none = await cli('qa', 'report', '--profile', profile, ...PERIOD, '--json');
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toMatchObject({ agents: [] });

    const perfect = await cli('qa', 'review', '--profile', profile, '--pack', packId, '--case', 'case-003', '--answers', JSON.stringify(ALL_YES));
    expect(perfect.code).toBe(0);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    await sandbox.goOffline();

    const report = await cli('qa', 'report', '--profile', profile, ...PERIOD, '--json');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ agents: [{ agent: 'lucia', reviews: 1, score: 100 }] });
    const text = await cli('qa', 'report', '--profile', profile, ...PERIOD);
    expect(text.stdout).toMatch(/^lucia\s+1\s+100\.0$/m);
    const before = await cli('qa', 'report', '--profile', profile, '--from', '2000-01-01T00:00:00Z', '--to', '2000-02-01T00:00:00Z', '--json');
    expect(JSON.parse(before.stdout)).toMatchObject({ agents: [] });

    const bad = await cli('qa', 'report', '--profile', profile, '--from', 'yesterday', '--json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--from: not a date and time/);
    const backwards = await cli('qa', 'report', '--profile', profile, '--from', '2100-01-01T00:00:00Z', '--to', '2000-01-01T00:00:00Z');
    expect(backwards.stderr).toMatch(/--from must be before --to/);
  });

  it('is refused on an agent’s profile', async () => {
    const profile = await signedIn('lucia');
    const refused = await cli('qa', 'report', '--profile', profile, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/only supervisors read the QA report/);
  });
});
