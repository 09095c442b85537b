// The event stream (`GET /v1/sync/events`): content-free pokes meaning "something changed, pull
// now". Consoles only learn what changed by pulling. A stream is only as good as the token it
// was opened with: when the token is revoked or expires, its stream is closed at once (after the
// trainer's revoke or expire, and at every heartbeat for whatever else ended it), so a revoked
// console stops hearing when the organisation's data changes.
import type { IncomingMessage, ServerResponse } from 'node:http';

const HEARTBEAT_MS = 15_000;

/** Whether a token still holds (is neither revoked nor expired). */
export type TokenHolds = (token: string) => Promise<boolean>;

export class Pokes {
  /** Each open stream, with the token it was opened with. */
  private readonly listeners = new Map<ServerResponse, string>();
  private readonly holds: TokenHolds;
  private readonly heartbeatMs: number;
  private heartbeat: NodeJS.Timeout | undefined;
  /** Tells the other nodes of an organisation's server (organisation/poke-relay.ts); none in the sandbox. */
  private readonly relay: (() => void) | undefined;

  constructor(holds: TokenHolds, heartbeatMs = HEARTBEAT_MS, relay?: () => void) {
    this.holds = holds;
    this.heartbeatMs = heartbeatMs;
    this.relay = relay;
  }

  /** Keeps idle streams open through proxies that close silent connections, and closes those whose token ended. */
  start(): void {
    this.heartbeat = setInterval(() => {
      this.broadcast(': heartbeat\n\n');
      // A check racing the server's shutdown has nothing left to close.
      this.closeEnded().catch(() => undefined);
    }, this.heartbeatMs).unref();
  }

  listen(req: IncomingMessage, res: ServerResponse, token: string): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.listeners.set(res, token);
    req.on('close', () => this.listeners.delete(res));
  }

  /** Something changed here: this node's streams are poked, and every other node is told. */
  poke(): void {
    this.heard();
    this.relay?.();
  }

  /** Something changed on another node: this node's streams are poked. */
  heard(): void {
    this.broadcast('event: poke\ndata: {}\n\n');
  }

  /** Ends every stream whose token no longer holds, asking once per token; returns how many. */
  async closeEnded(): Promise<number> {
    const verdicts = new Map<string, Promise<boolean>>();
    let closed = 0;
    for (const [res, token] of [...this.listeners]) {
      if (!verdicts.has(token)) verdicts.set(token, this.holds(token));
      if (await verdicts.get(token)) continue;
      this.listeners.delete(res);
      res.end();
      closed += 1;
    }
    return closed;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.listeners.keys()) res.end();
    this.listeners.clear();
  }

  private broadcast(frame: string): void {
    for (const res of this.listeners.keys()) res.write(frame);
  }
}
