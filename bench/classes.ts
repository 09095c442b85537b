// A class under load: 30 trainees on loopback, each on their own store, while a script plays at
// ×5. Each trainee's console holds its event stream open and pulls on every poke and every half
// second; the trainer writes to all of them every two seconds. Measured: the pulls' latency and
// how long a poke takes to reach each console after the trainer's message, beside floors taken
// on the same server with one trainee and nothing else going on. The consoles run in a thread of
// their own (bench/class-consoles.ts); both threads share the machine's two cores.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SandboxServer } from '../src/server/server.ts';
import { post, type ConsoleRequest } from './class-consoles.ts';
import { latencyOf, type Latency } from './stats.ts';

const TRAINEES = 30;
const SPEED = 5;
/** Scenario minutes the script plays: a minute at ×5 is 12 s of real time. */
const SCRIPT_MINUTES = 4;
const STEP_EVERY_MINUTES = 0.25;
const BROADCAST_EVERY_MS = 2000;
const FLOOR_PULLS = 60;
const FLOOR_POKES = 10;

export interface ClassLoad {
  pull: Latency;
  poke: Latency;
  pullFloor: Latency;
  pokeFloor: Latency;
  steps: number;
  broadcasts: number;
  /** Pokes a console should have heard (each broadcast, once per trainee) but did not. */
  missedPokes: number;
}

/** A script of customers writing every quarter of a scenario minute, on channels in turn. */
function benchScript(): unknown {
  const channels = ['webchat', 'whatsapp', 'x_mention', 'email', 'facebook_messenger'];
  const steps = Array.from({ length: SCRIPT_MINUTES / STEP_EVERY_MINUTES }, (_, i) => ({
    kind: 'message', id: `m${i + 1}`, at: (i + 1) * STEP_EVERY_MINUTES, channel: channels[i % channels.length],
    customer: { name: `Cliente ${i + 1}`, handle: `bench-${i + 1}` }, text: `Consulta número ${i + 1}: no me funciona el servicio`,
    expect: [{ rule: 'service_level' }],
  }));
  return {
    name: 'bench-carga', title: 'Carga', description: 'Banco de pruebas', language: 'es',
    startsAt: '2026-03-02T13:00:00.000Z', durationMinutes: SCRIPT_MINUTES + 1, steps,
  };
}

/** How long after each send the console heard its next poke. */
function pokeDelays(sends: readonly number[], pokes: readonly number[]): { delays: number[]; missed: number } {
  const delays: number[] = [];
  let missed = 0;
  for (const sent of sends) {
    const heard = pokes.find((at) => at >= sent);
    if (heard === undefined) missed += 1;
    else delays.push(heard - sent);
  }
  return { delays, missed };
}

const now = () => performance.timeOrigin + performance.now();

/** The consoles' thread, and a way to ask it something and wait for its answer. */
function consolesThread(url: string, tokens: string[]): { ask: <T>(request: ConsoleRequest | null, answer: string) => Promise<T>; end: () => Promise<number> } {
  const worker = new Worker(new URL('./class-consoles.ts', import.meta.url), { workerData: { url, tokens } });
  const ask = <T>(request: ConsoleRequest | null, answer: string) => new Promise<T>((resolve, reject) => {
    const onMessage = (message: { kind: string }) => {
      if (message.kind !== answer) return;
      worker.off('message', onMessage);
      resolve(message as T);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    if (request) worker.postMessage(request);
  });
  return { ask, end: () => worker.terminate() };
}

export async function measureClassLoad(root: string, progress: (line: string) => void): Promise<ClassLoad> {
  const scripts = join(root, 'class-scripts');
  mkdirSync(scripts, { recursive: true });
  writeFileSync(join(scripts, 'bench-carga.json'), JSON.stringify(benchScript()));
  // Trainees' stores on disk, as a classroom's server keeps them.
  const dataDir = join(root, 'class-sandbox');
  mkdirSync(dataDir, { recursive: true });
  const server = await SandboxServer.open({ classScriptDir: scripts, dataDir });
  let thread: ReturnType<typeof consolesThread> | undefined;
  try {
    const url = await server.listen(0, '127.0.0.1');
    const trainer = (await post<{ token: string }>(url, '/v1/auth/login', { username: 'diego', password: 'sandbox' })).token;
    const names = Array.from({ length: TRAINEES }, (_, i) => `Alumno ${i + 1}`);
    progress(`Starting a class of ${TRAINEES} trainees, each on a store of their own…`);
    const started = await post<{ classId: string; trainees: { username: string; password: string }[] }>(url, '/v1/classes',
      { scenario: 'bench-carga', trainees: names, speed: SPEED }, trainer);
    const tokens: string[] = [];
    for (const t of started.trainees) tokens.push((await post<{ token: string }>(url, '/v1/classes/join', { code: t.password })).token);
    const consoles = consolesThread(url, tokens);
    thread = consoles;
    await consoles.ask(null, 'ready');
    const message = (trainee: string | null, text: string) => post(url, '/v1/classes/message',
      { classId: started.classId, trainee, channel: 'whatsapp', customer: { name: 'Banco', handle: 'bench-trainer' }, text }, trainer);

    // Floors: one trainee alone, the class not started.
    progress('Floors: one trainee pulling, and hearing the trainer, with nothing else going on…');
    const pullFloor = (await consoles.ask<{ samples: number[] }>({ kind: 'floor', pulls: FLOOR_PULLS }, 'floor')).samples;
    const floorSends: number[] = [];
    for (let i = 0; i < FLOOR_POKES; i++) {
      floorSends.push(now());
      await message(started.trainees[0]!.username, `Piso ${i + 1}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    progress(`Playing the script at ×${SPEED} (${SCRIPT_MINUTES} scenario minutes, a customer every ${STEP_EVERY_MINUTES * 60} s of it to each trainee), ` +
      `the trainer writing to all every ${BROADCAST_EVERY_MS / 1000} s…`);
    const { floorPokes } = await consoles.ask<{ floorPokes: number[] }>({ kind: 'run' }, 'running');
    await post(url, '/v1/classes/control', { classId: started.classId, action: 'start' }, trainer);
    const sends: number[] = [];
    const until = performance.now() + (SCRIPT_MINUTES * 60_000) / SPEED;
    while (performance.now() < until) {
      sends.push(now());
      await message(null, `Aviso ${sends.length}`);
      await new Promise((resolve) => setTimeout(resolve, BROADCAST_EVERY_MS));
    }
    const { pulls, pokes } = await consoles.ask<{ pulls: number[]; pokes: number[][] }>({ kind: 'stop' }, 'stopped');
    const board = await fetch(`${url}/v1/classes/board?class=${started.classId}`, { headers: { authorization: `Bearer ${trainer}` } });
    const steps = ((await board.json()) as { trainees: { cases: unknown[] }[] }).trainees[0]?.cases.length ?? 0;
    const heard = pokes.map((p) => pokeDelays(sends, p));
    return {
      pull: latencyOf(pulls),
      poke: latencyOf(heard.flatMap((h) => h.delays)),
      pullFloor: latencyOf(pullFloor),
      pokeFloor: latencyOf(pokeDelays(floorSends, floorPokes).delays),
      steps,
      broadcasts: sends.length,
      missedPokes: heard.reduce((sum, h) => sum + h.missed, 0),
    };
  } finally {
    await thread?.end();
    await server.close();
  }
}
