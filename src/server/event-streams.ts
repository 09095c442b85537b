// The open `GET /v1/sync/events` streams, each with the token it was opened with. A stream is
// only as good as its token: when a token is revoked or expires, its stream is closed at once
// (after the trainer's revoke or expire, and at every heartbeat for whatever else ended it), so
// a revoked console stops hearing when the organisation's data changes.
import type { ServerResponse } from 'node:http';

export class EventStreams {
  private readonly open = new Map<ServerResponse, string>();

  add(res: ServerResponse, token: string): void {
    this.open.set(res, token);
    res.on('close', () => this.open.delete(res));
  }

  broadcast(frame: string): void {
    for (const res of this.open.keys()) res.write(frame);
  }

  /** Ends every stream whose token no longer holds; `holds` answers for each token once. */
  async closeEnded(holds: (token: string) => Promise<boolean>): Promise<number> {
    const verdicts = new Map<string, Promise<boolean>>();
    let closed = 0;
    for (const [res, token] of [...this.open]) {
      if (!verdicts.has(token)) verdicts.set(token, holds(token));
      if (await verdicts.get(token)) continue;
      this.open.delete(res);
      res.end();
      closed += 1;
    }
    return closed;
  }

  endAll(): void {
    for (const res of this.open.keys()) res.end();
    this.open.clear();
  }
}
