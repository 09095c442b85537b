// A class under load: 30 trainees on loopback, each on their own store, while a script plays at
// ×5. Each trainee's console holds its event stream open and pulls on every poke and every half
// second; the trainer writes to all of them every two seconds. Measured: the pulls' latency and
// how long a poke takes to reach each console after the trainer's message, beside floors taken
// on the same server with one trainee and nothing else going on. The server and the consoles
// share this process (and the machine's cores), as in the other sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxServer } from '../src/server/server.ts';
import { latencyOf, type Latency } from './stats.ts';

const TRAINEES = 30;
const SPEED = 5;
/** Scenario minutes the script plays: a minute at ×5 is 12 s of real time. */
const SCRIPT_MINUTES = 4;
const STEP_EVERY_MINUTES = 0.25;
const BROADCAST_EVERY_MS = 2000;
const PULL_EVERY_MS = 500;
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

async function post<T>(url: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A trainee's console: its event stream, and pulls on each poke and every half second. */
class TraineeConsole {
  readonly pulls: number[] = [];
  readonly pokes: number[] = [];
  private cursor: string | null = null;
  private readonly url: string;
  private readonly token: string;
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private stopped = false;

  constructor(url: string, token: string) {
    this.url = url;
    this.token = token;
  }

  /** Opens the stream; resolves once it is connected. */
  async listen(): Promise<void> {
    const response = await fetch(`${this.url}/v1/sync/events`, { headers: { authorization: `Bearer ${this.token}` }, signal: this.abort.signal });
    if (!response.ok || !response.body) throw new Error(`events → ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          if (value.includes('event: poke')) {
            this.pokes.push(performance.now());
            this.wake?.();
          }
        }
      } catch {
        // Aborted at the end of the run.
      }
    })();
  }

  async pull(): Promise<void> {
    const start = performance.now();
    for (let more = true; more;) {
      const page = await post<{ cursor: string; hasMore: boolean }>(this.url, '/v1/sync/pull', { cursor: this.cursor, limit: 500 }, this.token);
      this.cursor = page.cursor;
      more = page.hasMore;
    }
    this.pulls.push(performance.now() - start);
  }

  /** Pulls until stopped: at once after a poke, else every half second. */
  async run(): Promise<void> {
    while (!this.stopped) {
      await this.pull();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, PULL_EVERY_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
    this.abort.abort();
  }
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

export async function measureClassLoad(root: string, progress: (line: string) => void): Promise<ClassLoad> {
  const scripts = join(root, 'class-scripts');
  mkdirSync(scripts, { recursive: true });
  writeFileSync(join(scripts, 'bench-carga.json'), JSON.stringify(benchScript()));
  // Trainees' stores on disk, as a classroom's server keeps them.
  const dataDir = join(root, 'class-sandbox');
  mkdirSync(dataDir, { recursive: true });
  const server = await SandboxServer.open({ classScriptDir: scripts, dataDir });
  const consoles: TraineeConsole[] = [];
  try {
    const url = await server.listen(0, '127.0.0.1');
    const trainer = (await post<{ token: string }>(url, '/v1/auth/login', { username: 'diego', password: 'sandbox' })).token;
    const names = Array.from({ length: TRAINEES }, (_, i) => `Alumno ${i + 1}`);
    progress(`Starting a class of ${TRAINEES} trainees, each on a store of their own…`);
    const started = await post<{ classId: string; trainees: { username: string; password: string }[] }>(url, '/v1/classes',
      { scenario: 'bench-carga', trainees: names, speed: SPEED }, trainer);
    for (const t of started.trainees) {
      const login = await post<{ token: string }>(url, '/v1/classes/join', { code: t.password });
      consoles.push(new TraineeConsole(url, login.token));
    }
    for (const c of consoles) await c.listen();
    const message = (trainee: string | null, text: string) => post(url, '/v1/classes/message',
      { classId: started.classId, trainee, channel: 'whatsapp', customer: { name: 'Banco', handle: 'bench-trainer' }, text }, trainer);

    // Floors: one trainee alone, the class not started.
    progress('Floors: one trainee pulling, and hearing the trainer, with nothing else going on…');
    const [alone] = consoles;
    if (!alone) throw new Error('No trainee');
    await alone.pull();
    const pullFloor = [];
    for (let i = 0; i < FLOOR_PULLS; i++) {
      const start = performance.now();
      await alone.pull();
      pullFloor.push(performance.now() - start);
    }
    const floorSends: number[] = [];
    for (let i = 0; i < FLOOR_POKES; i++) {
      floorSends.push(performance.now());
      await message(started.trainees[0]!.username, `Piso ${i + 1}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pokeFloor = pokeDelays(floorSends, alone.pokes).delays;
    alone.pulls.length = 0;
    alone.pokes.length = 0;

    progress(`Playing the script at ×${SPEED} (${SCRIPT_MINUTES} scenario minutes, a customer every ${STEP_EVERY_MINUTES * 60} s of it to each trainee), ` +
      `the trainer writing to all every ${BROADCAST_EVERY_MS / 1000} s…`);
    const running = consoles.map((c) => c.run());
    await post(url, '/v1/classes/control', { classId: started.classId, action: 'start' }, trainer);
    const sends: number[] = [];
    const playMs = (SCRIPT_MINUTES * 60_000) / SPEED;
    const until = performance.now() + playMs;
    while (performance.now() < until) {
      sends.push(performance.now());
      await message(null, `Aviso ${sends.length}`);
      await new Promise((resolve) => setTimeout(resolve, BROADCAST_EVERY_MS));
    }
    for (const c of consoles) c.stop();
    await Promise.all(running);
    const board = await fetch(`${url}/v1/classes/board?class=${started.classId}`, { headers: { authorization: `Bearer ${trainer}` } });
    const steps = ((await board.json()) as { trainees: { cases: unknown[] }[] }).trainees[0]?.cases.length ?? 0;
    const heard = consoles.map((c) => pokeDelays(sends, c.pokes));
    return {
      pull: latencyOf(consoles.flatMap((c) => c.pulls)),
      poke: latencyOf(heard.flatMap((h) => h.delays)),
      pullFloor: latencyOf(pullFloor),
      pokeFloor: latencyOf(pokeFloor),
      steps,
      broadcasts: sends.length,
      missedPokes: heard.reduce((sum, h) => sum + h.missed, 0),
    };
  } finally {
    for (const c of consoles) c.stop();
    await server.close();
  }
}
