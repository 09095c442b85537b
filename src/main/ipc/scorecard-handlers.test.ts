// The QA scorecard as the console's editor saves it, against the sandbox server: the sandbox
// starts with the default sheet; a supervisor's edit is queued as a new version with the one
// before kept, taken by the server and then in force on every console (an agent's too, read-only);
// a save that rewrites a version reviews may have used is refused by the server, a stale one too,
// and an invalid sheet never leaves the console.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from '../../shared/qa/default-scorecard.ts';
import { DEFAULT_SCORECARDS, publishScorecard, type ScorecardsDocument } from '../../shared/qa/scorecard.ts';
import { useContractSandbox } from '../../../tests/fixtures/contract-console.ts';
import { SCORECARDS_DOCUMENT, settingInForce } from '../settings/in-force.ts';

const world = useContractSandbox();

async function consoleOf(username: string) {
  const opened = await world.consoleOf(username);
  return { ...opened, inForce: () => settingInForce(opened.controller.current.store.reference, SCORECARDS_DOCUMENT) };
}

const serverScorecards = () => {
  const row = world.sandbox.server.db.prepare<[], { value: string }>("SELECT value FROM settings WHERE id = 'qa_scorecards'").get();
  return row && (JSON.parse(row.value) as ScorecardsDocument);
};
const lighterTone = (doc: ScorecardsDocument) => publishScorecard(doc, { ...doc.inForce, bonusCap: 5, name: 'Planilla 2027' });

describe('the QA scorecard document', () => {
  it('starts as the default sheet; a supervisor’s new version is in force once the server takes it, with the old one kept', async () => {
    const sofia = await consoleOf('sofia');
    const lucia = await consoleOf('lucia');
    const before = await sofia.settings();
    expect(before.scorecards).toEqual(DEFAULT_SCORECARDS);
    expect(before.versions.qa_scorecards).not.toBeNull();
    expect(before.problems.qa_scorecards).toBeNull();

    const next = lighterTone(before.scorecards);
    const { mutationId } = await sofia.call<{ mutationId: string }>('saveScorecards', { value: next, baseVersion: before.versions.qa_scorecards });
    expect((await sofia.settings()).changes).toEqual([expect.objectContaining({ id: mutationId, settingId: 'qa_scorecards', status: 'pending' })]);
    expect(sofia.inForce().value.inForce.version).toBe(1);

    await sofia.sync();
    expect(serverScorecards()).toEqual(next);
    expect(serverScorecards()?.inForce).toMatchObject({ version: 2, bonusCap: 5 });
    expect(serverScorecards()?.previous).toEqual([DEFAULT_SCORECARD]);

    await lucia.sync();
    const seen = await lucia.settings();
    expect(seen).toMatchObject({ canEdit: false, scorecards: next });
    await expect(lucia.call('saveScorecards', { value: lighterTone(seen.scorecards), baseVersion: seen.versions.qa_scorecards }))
      .rejects.toMatchObject({ code: 'not_supervisor' });
    expect(lucia.outbox()).toEqual([]);
  });

  it('refuses at the server a save that rewrites a version reviews may have used', async () => {
    const sofia = await consoleOf('sofia');
    const before = await sofia.settings();
    // Same version, other content: valid on its own, so only the server, which holds the history, can tell.
    const rewritten = { inForce: { ...before.scorecards.inForce, bonusCap: 0 }, previous: [] };
    const { mutationId } = await sofia.call<{ mutationId: string }>('saveScorecards', { value: rewritten, baseVersion: before.versions.qa_scorecards });
    await sofia.sync();
    expect(serverScorecards()).toEqual(DEFAULT_SCORECARDS);
    expect((await sofia.settings()).changes).toEqual([expect.objectContaining({
      id: mutationId, status: 'rejected', reason: 'invalid_setting', message: expect.stringContaining('version 1 of calidad was changed'),
    })]);
  });

  it('refuses a save based on a version another console replaced meanwhile', async () => {
    const first = await consoleOf('sofia');
    const second = await consoleOf('sofia');
    const draft = await second.settings();
    await first.call('saveScorecards', { value: lighterTone(draft.scorecards), baseVersion: draft.versions.qa_scorecards });
    await first.sync();
    const { mutationId } = await second.call<{ mutationId: string }>('saveScorecards', {
      value: publishScorecard(draft.scorecards, { ...draft.scorecards.inForce, bonusCap: 20 }), baseVersion: draft.versions.qa_scorecards,
    });
    await second.sync();
    expect(serverScorecards()?.inForce.bonusCap).toBe(5);
    expect((await second.settings()).changes).toEqual([expect.objectContaining({ id: mutationId, status: 'conflict', reason: 'stale_setting' })]);
  });

  it('refuses an invalid sheet before queueing it, in the schema’s words', async () => {
    const sofia = await consoleOf('sofia');
    const noStandard = { ...DEFAULT_SCORECARD, version: 2, sections: DEFAULT_SCORECARD.sections.filter((s) => s.kind !== 'standard') };
    await expect(sofia.call('saveScorecards', { value: { inForce: noStandard, previous: [DEFAULT_SCORECARD] }, baseVersion: null }))
      .rejects.toMatchObject({ code: 'invalid_setting', message: expect.stringContaining('at least one standard criterion') });
    expect(sofia.outbox()).toEqual([]);
  });
});
