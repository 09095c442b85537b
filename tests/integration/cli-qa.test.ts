// `atiende qa scorecard` in a child process against a real sandbox on loopback: the sheet the
// sandbox seeds, a new version once it is synced, offline from the cache, and an invalid
// document named on stderr while the default stays in force.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { DEFAULT_SCORECARD } from '../../src/shared/qa/default-scorecard.ts';
import { DEFAULT_SCORECARDS, publishScorecard } from '../../src/shared/qa/scorecard.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let profile: string;

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  profile = `${dir.path}/sofia`;
  await cli('login', '--server', sandbox.url, '--user', 'sofia', '--password', 'sandbox', '--profile', profile);
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

interface PrintedCard {
  id: string; version: number; bonusCap: number;
  sections: { id: string; kind: string; criteria: { id: string; question: string; help: string; scale: string; weight: number; na: boolean; channels: string[] | null }[] }[];
}
const scorecard = async () => {
  const run = await cli('qa', 'scorecard', '--profile', profile, '--json');
  return { ...run, card: run.code === 0 ? (JSON.parse(run.stdout) as PrintedCard) : null };
};

describe('atiende qa scorecard', () => {
  it('prints the sheet the sandbox seeds, section by section with each criterion\'s scale, weight, N/A and channels', async () => {
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    const { code, card, stderr } = await scorecard();
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(card).toMatchObject({ id: 'calidad', version: 1, bonusCap: 10 });
    expect(card!.sections.map((s) => s.kind)).toEqual(['standard', 'standard', 'bonus', 'autofail']);
    const critical = card!.sections[3]!.criteria[0]!;
    expect(critical).toEqual({
      id: 'datos-publicos', question: expect.stringMatching(/datos privados/), help: expect.any(String), scale: 'yesno', weight: 1, na: false,
      channels: ['facebook_post', 'x_mention', 'instagram_comment', 'mercadolibre'],
    });
    expect(card!.sections.flatMap((s) => s.criteria.map((c) => c.id))).toEqual(DEFAULT_SCORECARD.sections.flatMap((s) => s.criteria.map((c) => c.id)));
  });

  it('prints a new version once synced, and still prints it offline', async () => {
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'qa_scorecards', value: publishScorecard(DEFAULT_SCORECARDS, { ...DEFAULT_SCORECARD, bonusCap: 4 }) });
    await cli('sync', '--profile', profile);
    await sandbox.goOffline();
    const { code, card } = await scorecard();
    expect(code).toBe(0);
    expect(card).toMatchObject({ id: 'calidad', version: 2, bonusCap: 4 });
  });

  it('says on stderr why a synced document was set aside, and prints the default in force', async () => {
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'qa_scorecards', value: { inForce: { id: 'x' } }, unchecked: true });
    await cli('sync', '--profile', profile);
    const { code, card, stderr } = await scorecard();
    expect(code).toBe(0);
    expect(card).toMatchObject({ id: 'calidad', version: 1 });
    expect(stderr).toMatch(/^warning: the synced qa_scorecards document \(version \d+\) is not valid, the default is in force: /);
  });

  it('lists the sheet as text without --json, and refuses an unknown qa subcommand', async () => {
    await cli('sync', '--profile', profile);
    const text = await cli('qa', 'scorecard', '--profile', profile);
    expect(text.stdout).toMatch(/^Planilla de evaluación \(calidad v1, bonus up to 10 points\)/);
    expect(text.stdout).toMatch(/\[autofail\] Críticos\n {2}datos-publicos/);
    const wrong = await cli('qa', 'scorecards', '--profile', profile);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/unknown qa subcommand "scorecards"/);
  });
});
