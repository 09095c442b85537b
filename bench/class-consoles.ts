// The 30 trainees' consoles of the class bench (bench/classes.ts), in a thread of their own so
// that their fetches do not queue behind the server's work in one event loop (the consoles of a
// classroom are other machines). Times are absolute (timeOrigin + now), comparable across threads.
import { parentPort, workerData } from 'node:worker_threads';

const PULL_EVERY_MS = 500;
const now = () => performance.timeOrigin + performance.now();

export async function post<T>(url: string, path: string, body: unknown, token?: string): Promise<T> {
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
            this.pokes.push(now());
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


export type ConsoleRequest = { kind: 'floor'; pulls: number } | { kind: 'run' } | { kind: 'stop' };

if (parentPort) {
  const port = parentPort;
  const { url, tokens } = workerData as { url: string; tokens: string[] };
  const consoles = tokens.map((token) => new TraineeConsole(url, token));
  let running: Promise<void>[] = [];
  port.on('message', (request: ConsoleRequest) => {
    void (async () => {
      if (request.kind === 'floor') {
        const [alone] = consoles;
        const samples: number[] = [];
        for (let i = 0; i < request.pulls; i++) {
          const start = performance.now();
          await alone!.pull();
          samples.push(performance.now() - start);
        }
        port.postMessage({ kind: 'floor', samples });
      } else if (request.kind === 'run') {
        // The pokes the first console heard so far answered the floor's messages.
        const floorPokes = [...consoles[0]!.pokes];
        for (const c of consoles) {
          c.pulls.length = 0;
          c.pokes.length = 0;
        }
        running = consoles.map((c) => c.run());
        port.postMessage({ kind: 'running', floorPokes });
      } else {
        for (const c of consoles) c.stop();
        await Promise.all(running);
        port.postMessage({ kind: 'stopped', pulls: consoles.flatMap((c) => c.pulls), pokes: consoles.map((c) => c.pokes) });
        port.close();
      }
    })();
  });
  void Promise.all(consoles.map(async (c) => {
    await c.listen();
    await c.pull();
  })).then(() => port.postMessage({ kind: 'ready' }));
}
