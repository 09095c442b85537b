import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { sendJson } from './http.ts';

/**
 * Faults a trainer (or a test) injects into the next requests of a route, to rehearse what
 * a flaky network or an overloaded backend does: errors with Retry-After, a response lost
 * after the server applied the request, a malformed payload, a slow answer.
 */
export const Fault = z.object({
  /** `commit`: a push's transaction, held open `delayMs` before it commits (a slow database). */
  route: z.enum(['login', 'pull', 'push', 'events', 'commit']),
  times: z.int().min(1).max(1000).default(1),
  /** Let this many requests of the route through before the fault starts. */
  skip: z.int().min(0).max(1000).default(0),
  status: z.int().min(400).max(599).optional(),
  retryAfter: z.int().min(0).max(3600).optional(),
  /** Apply the request, then (after `delayMs`) drop the connection before answering. */
  dropAfterApply: z.boolean().optional(),
  /** Answer 200 with this JSON instead of the real payload. */
  malformed: z.json().optional(),
  delayMs: z.int().min(0).max(60_000).optional(),
});
export type Fault = z.infer<typeof Fault>;

export class Faults {
  private queue: Fault[] = [];

  add(fault: Fault): void {
    this.queue.push(fault);
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault to apply to this request of `route`, if any; each use counts down its `times`. */
  take(route: Fault['route']): Fault | undefined {
    const index = this.queue.findIndex((f) => f.route === route);
    const fault = this.queue[index];
    if (!fault) return undefined;
    if (fault.skip > 0) {
      this.queue[index] = { ...fault, skip: fault.skip - 1 };
      return undefined;
    }
    if (fault.times <= 1) this.queue.splice(index, 1);
    else this.queue[index] = { ...fault, times: fault.times - 1 };
    return fault;
  }
}

/** Applies an injected fault to this request of `route`; true when it answered the request itself. */
export async function answerFault(faults: Faults, route: Fault['route'], res: ServerResponse, apply?: () => Promise<unknown>): Promise<boolean> {
  const fault = faults.take(route);
  if (!fault) return false;
  if (fault.dropAfterApply) await apply?.();
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.dropAfterApply) {
    res.socket?.destroy();
    return true;
  }
  if (fault.malformed !== undefined) {
    sendJson(res, 200, fault.malformed);
    return true;
  }
  if (fault.status) {
    const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
    sendJson(res, fault.status, { error: 'injected_fault', message: `Injected ${fault.status}` }, headers);
    return true;
  }
  return false;
}
