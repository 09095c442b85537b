// `atiende qa draw` as an operator runs it, in a child process, against a real sandbox on loopback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { QA_PERIOD, qaScenario, seedResolvedCases } from '../fixtures/qa.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { keyOf, peekCache } from '../fixtures/cache.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;

beforeEach(async () => {
  sandbox = await startSandbox({ scenario: qaScenario() });
  seedResolvedCases(sandbox.server, [
    ...Array.from({ length: 5 }, (_, i) => ({ agent: 'lucia', channel: i < 3 ? 'whatsapp' : 'email' })),
    ...Array.from({ length: 3 }, () => ({ agent: 'mateo', channel: 'whatsapp' })),
  ]);
  dir = tempDir();
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const login = (user: string) => cli('login', '--server', sandbox.url, '--user', user, '--password', 'sandbox', '--profile', `${dir.path}/${user}`);
const draw = (user: string, ...args: string[]) => cli('qa', 'draw', '--profile', `${dir.path}/${user}`, '--from', QA_PERIOD.from, '--to', QA_PERIOD.to, ...args);

describe('atiende qa draw', () => {
  it('draws online, downloads the pack and prints it; the same seed draws the same cases', async () => {
    expect((await login('sofia')).code).toBe(0);
    const first = await draw('sofia', '--per-agent', '2', '--by', 'channel,seniority', '--team', 'soporte', '--seed', 'S1', '--json');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const pack = JSON.parse(first.stdout) as { packId: string; seed: string; strata: { key: string; count: number }[]; cases: { caseId: string; agent: string; channel: string }[] };
    expect(pack.seed).toBe('S1');
    expect(pack.strata).toEqual([{ key: 'channel=email|seniority=12m+', count: 1 }, { key: 'channel=whatsapp|seniority=12m+', count: 1 }]);
    expect(pack.cases).toHaveLength(2);
    expect(pack.cases.every((c) => c.agent === 'lucia')).toBe(true);
    expect(Object.keys(pack.cases[0]!).sort()).toEqual(['agent', 'caseId', 'channel']);
    const cache = peekCache(`${dir.path}/sofia`, await keyOf(`${dir.path}/sofia`));
    try {
      expect(cache.prepare('SELECT id FROM qa_packs').all()).toEqual([{ id: pack.packId }]);
      expect(cache.prepare('SELECT count(*) AS n FROM cases WHERE id IN (SELECT case_id FROM qa_pack_cases)').get()).toEqual({ n: 2 });
    } finally {
      cache.close();
    }

    const again = JSON.parse((await draw('sofia', '--per-agent', '2', '--by', 'seniority,channel', '--team', 'soporte', '--seed', 'S1', '--json')).stdout) as typeof pack;
    expect(again.cases).toEqual(pack.cases);
    expect(again.packId).not.toBe(pack.packId);
  });

  it('says what is wrong in one line: a bad flag, an agent drawing, another team', async () => {
    await login('lucia');
    await login('valeria');
    const badBy = await draw('valeria', '--per-agent', '2', '--by', 'canal');
    expect(badBy).toMatchObject({ code: 1, stdout: '' });
    expect(badBy.stderr).toMatch(/^atiende: --by takes channel,seniority,reason,resolution; not canal\n$/);
    expect((await draw('valeria', '--per-agent', 'dos', '--team', 'soporte')).stderr).toMatch(/^atiende: --per-agent: /);
    expect((await draw('lucia', '--per-agent', '2', '--agents', 'lucia')).stderr).toMatch(/^atiende: Only supervisors draw/);
    expect((await draw('valeria', '--per-agent', '2', '--team', 'ventas')).stderr).toMatch(/^atiende: .*You do not supervise ventas/);
    expect((await cli('qa', 'sortear', '--profile', `${dir.path}/valeria`)).code).toBe(2);
  });
});
