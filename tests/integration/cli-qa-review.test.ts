// `qa review` as an operator runs it: queued offline, printed as {reviewId, queued}, delivered
// once by `sync`; bad answers refused in words with nothing queued.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { insertPack } from '../fixtures/qa-pack.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let profile: string;

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  profile = `${dir.path}/sofia`;
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const ANSWERS = { tone: 4, history: 'yes', private_data: 'na', sla: 'no', classification: 'yes', signature: 'yes', knowledge: 'na', no_public_data: 'yes' };

describe('atiende qa review', () => {
  it('queues a review offline, prints its id, and sync delivers it once', async () => {
    const packId = insertPack(sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    expect((await cli('login', '--server', sandbox.url, '--user', 'sofia', '--password', 'sandbox', '--profile', profile)).code).toBe(0);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    await sandbox.goOffline();

    const bad = await cli('qa', 'review', '--profile', profile, '--pack', packId, '--case', 'case-003', '--answers', '{"tone": "maybe"}');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^atiende: --answers/);
    const incomplete = await cli('qa', 'review', '--profile', profile, '--pack', packId, '--case', 'case-003', '--answers', '{"tone": 4}');
    expect(incomplete.stderr).toMatch(/unanswered: history/);

    const queued = await cli('qa', 'review', '--profile', profile, '--pack', packId, '--case', 'case-003', '--answers', JSON.stringify(ANSWERS), '--comment', 'Buen cierre');
    expect(queued.code).toBe(0);
    const { reviewId, queued: isQueued } = JSON.parse(queued.stdout) as { reviewId: string; queued: boolean };
    expect(isQueued).toBe(true);
    expect((await cli('sync', '--profile', profile)).code).toBe(1);

    await sandbox.restart();
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    const stored = sandbox.server.db.prepare('SELECT id, data FROM qa_reviews').all() as { id: string; data: string }[];
    expect(stored.map((r) => r.id)).toEqual([reviewId]);
    expect(JSON.parse(stored[0]!.data)).toMatchObject({ answers: ANSWERS, comments: [{ messageId: null, text: 'Buen cierre' }], reviewer: 'sofia', agent: 'lucia' });
  });
});
