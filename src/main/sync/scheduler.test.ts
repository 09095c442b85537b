// The scheduler's own rule, over a sync cycle the test holds open: a poke that lands while a cycle
// runs is never lost (a message the agent would otherwise wait a whole poll interval for), and
// two cycles never run at once. The engine and the server are exercised in engine.test.ts.
import { afterEach, expect, it } from 'vitest';
import { waitFor } from '../../../tests/fixtures/wait.ts';
import { SyncScheduler } from './scheduler.ts';

let scheduler: SyncScheduler | undefined;
afterEach(() => scheduler?.stop());

/** A scheduler whose cycles wait for `finish`, on a stream whose pokes the test sends. */
function held() {
  const cycles: Array<() => void> = [];
  let running = 0;
  let mostAtOnce = 0;
  const status = { live: false };
  const engine = { status, update: (patch: { live?: boolean }) => Object.assign(status, patch) };
  let poke: (() => void) | undefined;
  const api = {
    events: (handlers: { onOpen: () => void; onPoke: () => void }, signal: AbortSignal) => {
      handlers.onOpen();
      poke = handlers.onPoke;
      return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    },
  };
  const sync = () =>
    new Promise<void>((resolve) => {
      mostAtOnce = Math.max(mostAtOnce, ++running);
      cycles.push(() => {
        running -= 1;
        resolve();
      });
    });
  scheduler = new SyncScheduler(engine, api, sync, { pollLiveMs: 600_000, pollFallbackMs: 600_000 });
  scheduler.start();
  return {
    cycles,
    poke: () => poke?.(),
    mostAtOnce: () => mostAtOnce,
    finish: (n: number) => cycles[n - 1]?.(),
  };
}

it('runs a cycle again when poked during one, even when the poke and the end of the cycle come together', async () => {
  const world = held();
  await waitFor(() => world.cycles.length === 1, 'the first cycle');
  world.poke();
  world.finish(1);
  await waitFor(() => world.cycles.length === 2, 'the cycle after the poke', 2_000);
});

it('never runs two cycles at once, and a burst of pokes during one asks for one more', async () => {
  const world = held();
  await waitFor(() => world.cycles.length === 1, 'the first cycle');
  for (let i = 0; i < 5; i++) world.poke();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(world.cycles).toHaveLength(1);
  world.finish(1);
  await waitFor(() => world.cycles.length === 2, 'the cycle after the pokes', 2_000);
  world.finish(2);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(world.cycles).toHaveLength(2);
  expect(world.mostAtOnce()).toBe(1);
});
