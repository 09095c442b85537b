// The event stream (`GET /v1/sync/events`): content-free pokes meaning "something changed, pull
// now". Consoles only learn what changed by pulling.
import type { IncomingMessage, ServerResponse } from 'node:http';

const HEARTBEAT_MS = 15_000;

export class Pokes {
  private readonly listeners = new Set<ServerResponse>();
  private heartbeat: NodeJS.Timeout | undefined;

  /** Keeps idle streams open through proxies that close silent connections. */
  start(): void {
    this.heartbeat = setInterval(() => this.broadcast(': heartbeat\n\n'), HEARTBEAT_MS).unref();
  }

  listen(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.listeners.add(res);
    req.on('close', () => this.listeners.delete(res));
  }

  poke(): void {
    this.broadcast('event: poke\ndata: {}\n\n');
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.listeners) res.end();
    this.listeners.clear();
  }

  private broadcast(frame: string): void {
    for (const res of this.listeners) res.write(frame);
  }
}
