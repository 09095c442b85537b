// Asking ahead: the request has reached the server before the caller holds the thread. The server
// runs in a process of its own, so it hears the request while this thread is busy and never yields.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { sendAhead } from './send-ahead.ts';

/** A server that touches `marker` when a request arrives and answers it. */
const SERVER = `
const { writeFileSync } = require('node:fs');
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => { writeFileSync(process.argv[1], 'heard'); res.setHeader('content-type', 'application/json'); res.end('{"ok":true}'); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

const children: ChildProcess[] = [];
const dirs: { remove: () => void }[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill();
    await once(child, 'exit');
  }
  dirs.splice(0).forEach((d) => d.remove());
});

async function serverHearing(marker: string): Promise<string> {
  const child = spawn(process.execPath, ['-e', SERVER, marker], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const [port] = (await once(child.stdout, 'data')) as [Buffer];
  return `http://127.0.0.1:${port.toString().trim()}`;
}

/** Holds the thread, never yielding, until `marker` exists or a generous while passed. */
function busyUntil(marker: string): boolean {
  const giveUp = Date.now() + 10_000;
  while (Date.now() < giveUp) if (existsSync(marker)) return true;
  return false;
}

describe('sendAhead', () => {
  it('resolves once the request has left, so the server hears it while this thread is busy', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const marker = `${dir.path}/heard`;
    const url = await serverHearing(marker);
    const { answer } = await sendAhead('/v1/sync/pull', () =>
      fetch(`${url}/v1/sync/pull`, { method: 'POST', body: JSON.stringify({ cursor: null, limit: 500 }) }).then((r) => r.json()));
    expect(busyUntil(marker)).toBe(true);
    expect(await answer).toEqual({ ok: true });
  });

  it('resolves when the request fails before leaving, and leaves its failure to the caller', async () => {
    const { answer } = await sendAhead('/v1/sync/pull', () => fetch('http://127.0.0.1:1/v1/sync/pull', { method: 'POST', body: '{}' }));
    await expect(answer).rejects.toThrow(/fetch failed/);
  });
});
