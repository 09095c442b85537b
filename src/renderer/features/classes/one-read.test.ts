import { describe, expect, it } from 'vitest';
import { OneRead } from './one-read.ts';

/** A read the test answers when it wants: the server is slow until told otherwise. */
function slowServer() {
  const pending: (() => void)[] = [];
  let started = 0;
  const read = () => {
    started += 1;
    return new Promise<void>((resolve) => pending.push(resolve));
  };
  const answer = async () => {
    pending.shift()?.();
    // Let the read's settlement run.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { read, answer, started: () => started };
}

describe('one read at a time', () => {
  it('skips the timer’s ticks while a read is in flight', async () => {
    const server = slowServer();
    const reads = new OneRead(server.read);
    reads.poll();
    reads.poll();
    reads.poll();
    expect(server.started()).toBe(1);
    expect(reads.inFlight).toBe(true);
    await server.answer();
    expect(reads.inFlight).toBe(false);
    reads.poll();
    expect(server.started()).toBe(2);
  });

  it('reads once more after the one in flight when asked on demand, however often asked', async () => {
    const server = slowServer();
    const reads = new OneRead(server.read);
    reads.ask();
    reads.ask();
    reads.ask();
    expect(server.started()).toBe(1);
    await server.answer();
    expect(server.started()).toBe(2);
    await server.answer();
    expect([server.started(), reads.inFlight]).toEqual([2, false]);
  });

  it('goes on after a failed read', async () => {
    let calls = 0;
    const reads = new OneRead(() => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    });
    reads.poll();
    await Promise.resolve();
    await Promise.resolve();
    reads.poll();
    expect(calls).toBe(2);
  });
});
