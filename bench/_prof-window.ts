import { writeFileSync } from 'node:fs';
import { loadScenario } from '../src/server/scenario.ts';
import { SandboxServer } from '../src/server/server.ts';
import { inChromium } from './browser.ts';

const scenario = loadScenario('default');
const users = scenario.users.map((u) => (u.role === 'agent' && u.username !== 'lucia' ? { ...u, routed: false } : u));
const server = await SandboxServer.open({ scenario: { ...scenario, users }, cases: 5000 });
await server.listen(0, '127.0.0.1');
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const self = new Map<string, number>();
let total = 0;
const ups: number[] = [];
await inChromium(server, 'lucia', async ({ open }) => {
  const first = await open({ width: 1366, height: 768 });
  const url = first.url();
  await first.close();
  for (let i = 0; i < Number(process.env.LOADS ?? 6); i++) {
    const page = await first.context().browser()!.newPage({ viewport: { width: 1366, height: 768 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('window-up').length > 0);
    const up = await page.evaluate(() => performance.getEntriesByName('window-up')[0]!.duration);
    ups.push(up);
    const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
    if (i === 0) writeFileSync('/tmp/prof/window.cpuprofile', JSON.stringify(profile));
    await page.close();
  }
});
await server.close();
console.log('window-up', ups.map((u) => Math.round(u)).join(' '));
console.log('profiled ms per load', (total / ups.length).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / ups.length).toFixed(1).padStart(7), k);
