// Asking for the next page before applying the current one: the apply holds the thread (SQLite
// is synchronous here), so the request must have left before it starts, or it would only leave
// after it. Node's fetch (undici) says when a request's body is on its socket.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

const BODY_SENT = 'undici:request:bodySent';

/**
 * Starts `request` and resolves once a request to `path` has been written to its socket (or
 * `request` settled first: refused, say). Its answer is the caller's to await; until then its
 * failure is no unhandled rejection.
 */
export async function sendAhead<T>(path: string, request: () => Promise<T>): Promise<{ answer: Promise<T> }> {
  let sent: () => void = () => undefined;
  const written = new Promise<void>((resolve) => {
    sent = resolve;
  });
  const onBodySent = (message: unknown) => {
    if ((message as { request?: { path?: string } }).request?.path?.endsWith(path)) sent();
  };
  subscribe(BODY_SENT, onBodySent);
  try {
    const answer = request();
    const settled = answer.then(() => undefined, () => undefined);
    await Promise.race([written, settled]);
    return { answer };
  } finally {
    unsubscribe(BODY_SENT, onBodySent);
  }
}
