// Overflow on the real sandbox (the issue: "a case waiting too long for its team overflows to
// another"): applied by itself when the sandbox's clock moves and on its real-time timer (fired
// here by hand), and at once by the trainer's control.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { routingScenario } from '../fixtures/routing.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { handScheduler, type HandScheduler } from '../fixtures/scheduler.ts';
import { DEFAULT_ROUTING, ROUTING_SETTING } from '../../src/shared/routing/document.ts';

let sandbox: RunningSandbox;
let timer: HandScheduler;

beforeEach(async () => {
  timer = handScheduler();
  sandbox = await startSandbox({ scenario: routingScenario(), overflow: { scheduler: timer } });
});
afterEach(async () => {
  await sandbox.stop();
});

type Moved = { caseId: string; from: string | null; to: string; reason: string };
const write = (handle: string, text: string) => sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
  channel: 'whatsapp', customer: { name: `Cliente ${handle}`, handle }, text,
});
const stored = (caseId: string) => sandbox.server.db
  .prepare('SELECT assigned_to AS agent, routing_rule AS rule, routing_reason AS reason FROM cases WHERE id = ?').get(caseId);
/** Soporte (camila) overflows to Guardia (lucia) after 15 minutes; Guardia back to Soporte after 1. */
const OVERFLOWING = {
  teams: [
    { id: 'soporte', name: 'Soporte', kind: 'team', members: ['camila'], skills: {}, overflow: { afterMinutes: 15, to: 'guardia' } },
    { id: 'guardia', name: 'Guardia', kind: 'team', members: ['lucia'], skills: {}, overflow: { afterMinutes: 1, to: 'soporte' } },
  ],
  rules: [{ kind: 'load' }],
};
const REASON = 'espera de más de 15 min en Soporte → Guardia';
const publish = (value: object) => sandbox.control('POST', '/v1/sandbox/settings', { id: ROUTING_SETTING, value });
/** Moves the sandbox's clock so many minutes past `start`, answering the cases among `ours` that overflowed. */
const clockAt = async (start: number, minutes: number, ours: string[]) =>
  (await sandbox.control<{ moved: Moved[] }>('POST', '/v1/sandbox/clock', { now: new Date(start + minutes * 60_000).toISOString() }))
    .moved.filter((m) => ours.includes(m.caseId));

describe('overflow', () => {
  it('moves a case once the clock passes its team’s minutes, with no call to the overflow control, and only once', async () => {
    await publish(OVERFLOWING);
    const start = sandbox.server.clock.now().getTime();
    const early = await write('+5491100000001', 'Hola, me quedé sin internet');
    const ours = [early.caseId];
    expect(await clockAt(start, 10, ours)).toEqual([]);
    const later = await write('+5491100000002', 'Tampoco tengo señal');
    ours.push(later.caseId);
    expect([stored(early.caseId), stored(later.caseId)]).toMatchObject([{ agent: 'camila' }, { agent: 'camila' }]);

    expect(await clockAt(start, 16, ours)).toEqual([{ caseId: early.caseId, from: 'camila', to: 'lucia', reason: REASON }]);
    expect(stored(early.caseId)).toEqual({ agent: 'lucia', rule: 'overflow', reason: REASON });
    expect(stored(later.caseId)).toEqual({ agent: 'camila', rule: 'load', reason: 'menos casos abiertos' });

    // Guardia overflows back after a minute, but a case overflows once.
    expect(await clockAt(start, 30, ours)).toEqual([{ caseId: later.caseId, from: 'camila', to: 'lucia', reason: REASON }]);
    expect(await sandbox.control('POST', '/v1/sandbox/overflow')).toEqual({ moved: [] });
    expect(stored(early.caseId)).toEqual({ agent: 'lucia', rule: 'overflow', reason: REASON });
    expect(sandbox.server.db.prepare("SELECT data FROM case_events WHERE case_id = ? AND kind = 'assigned'").all(early.caseId))
      .toEqual([{ data: JSON.stringify({ from: 'camila', to: 'lucia' }) }]);

    // lucia's console receives the case with the reason after a sync.
    const dir = tempDir();
    try {
      const profile = `${dir.path}/lucia`;
      expect((await cli('login', '--server', sandbox.url, '--user', 'lucia', '--password', 'sandbox', '--profile', profile)).code).toBe(0);
      expect((await cli('sync', '--profile', profile)).code).toBe(0);
      const listed = JSON.parse((await cli('cases', '--profile', profile, '--json')).stdout) as { id: string; routing: unknown }[];
      expect(listed.find((c) => c.id === early.caseId)?.routing).toEqual({ rule: 'overflow', reason: REASON });
    } finally {
      dir.remove();
    }
  });

  it('applies overflow on its timer, every 30 seconds, when a team’s rule came after the wait', async () => {
    expect(timer.everyMs).toBe(30_000);
    const start = sandbox.server.clock.now().getTime();
    const waiting = await write('+5491100000003', 'Hola, me quedé sin internet');
    // No team overflows yet: twenty minutes pass and the case stays.
    expect(await clockAt(start, 20, [waiting.caseId])).toEqual([]);
    await timer.fire();
    expect(stored(waiting.caseId)).toMatchObject({ agent: 'camila', rule: 'load' });

    // The supervisor publishes the overflow; the next tick moves the case without any trainer.
    await publish(OVERFLOWING);
    expect(stored(waiting.caseId)).toMatchObject({ agent: 'camila' });
    await timer.fire();
    expect(stored(waiting.caseId)).toEqual({ agent: 'lucia', rule: 'overflow', reason: REASON });
    await timer.fire();
    expect(stored(waiting.caseId)).toEqual({ agent: 'lucia', rule: 'overflow', reason: REASON });

    await sandbox.stop();
    expect(timer.everyMs).toBeNull();
    sandbox = await startSandbox({ scenario: routingScenario(), overflow: { scheduler: timer, everyMs: 0 } });
    expect(timer.everyMs).toBeNull();
  });

  it('still applies overflow at once when the trainer asks', async () => {
    const start = sandbox.server.clock.now().getTime();
    const waiting = await write('+5491100000004', 'Hola, me quedé sin internet');
    expect(await clockAt(start, 20, [waiting.caseId])).toEqual([]);
    await publish(OVERFLOWING);
    const { moved } = await sandbox.control<{ moved: Moved[] }>('POST', '/v1/sandbox/overflow');
    expect(moved.filter((m) => m.caseId === waiting.caseId)).toEqual([{ caseId: waiting.caseId, from: 'camila', to: 'lucia', reason: REASON }]);
    expect(stored(waiting.caseId)).toEqual({ agent: 'lucia', rule: 'overflow', reason: REASON });
    // Back under the defaults (no overflow), nothing moves any more.
    await publish(DEFAULT_ROUTING);
    expect(await sandbox.control('POST', '/v1/sandbox/overflow')).toEqual({ moved: [] });
  });
});
