// The test bridge: maps `window.atiende` onto the harness over loopback HTTP + SSE. It is
// installed only by the harness page and by tests (page.addInitScript), never by the Electron
// build. Written as one self-contained function so it can be shipped as its own source text.
import type { AppEvent } from '../../shared/events.ts';

/* eslint-disable -- this function runs in the page, serialised with toString(); it cannot import or be type-checked against the DOM here */
function installAtiendeBridge(): void {
  const w = globalThis as any;
  const params = new URLSearchParams(w.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    w.sessionStorage.setItem('atiende-token', fromUrl);
    w.history.replaceState(null, '', w.location.pathname + w.location.hash);
  }
  const token = fromUrl ?? w.sessionStorage.getItem('atiende-token') ?? '';
  const listeners = new Set<(event: unknown) => void>();
  const deliver = (event: unknown) => {
    for (const listener of listeners) listener(event);
  };
  // Events sent before the stream opened, as counted by the answers and then by the stream: an
  // answer older than the stream may miss some, and then the views read again (the stream's
  // catch-up event); answers as new as the stream miss nothing, so nothing is read twice.
  let oldestAnswer = Infinity;
  let caughtUp: { sent: number; event: unknown } | null = null;
  const answered = (sent: number) => {
    if (caughtUp === null) oldestAnswer = Math.min(oldestAnswer, sent);
    else if (sent < caughtUp.sent) deliver(caughtUp.event);
  };
  const call = async (operation: string, input: unknown) => {
    const response = await w.fetch(`/rpc/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-atiende-token': token },
      body: JSON.stringify(input ?? {}),
    });
    // The same `{ok, value | error}` the preload resolves with.
    const answer = await response.json();
    const sent = Number(response.headers.get('x-atiende-events-sent'));
    if (Number.isFinite(sent) && response.headers.has('x-atiende-events-sent')) answered(sent);
    return answer;
  };
  let source: any = null;
  const listen = () => {
    if (source) return;
    source = new w.EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: { data: string }) => deliver(JSON.parse(message.data));
    source.addEventListener('caught-up', (message: { data: string }) => {
      // A stream opened again (the harness restarted, the connection dropped) missed what was
      // sent while it was closed: every view reads again, as before any answer was counted.
      const reopened = caughtUp !== null;
      caughtUp = JSON.parse(message.data);
      if (reopened || oldestAnswer < caughtUp!.sent) deliver(caughtUp!.event);
      oldestAnswer = Infinity;
    });
  };
  const api = new Proxy({}, {
    get: (_target, operation) =>
      operation === 'onEvent'
        ? (listener: (event: unknown) => void) => {
            listen();
            listeners.add(listener);
            return () => listeners.delete(listener);
          }
        : typeof operation === 'string' && operation !== 'then'
          ? (input: unknown) => call(operation, input)
          : undefined,
  });
  Object.defineProperty(w, 'atiende', { value: api, configurable: false });
}
/* eslint-enable */

/** The answer's header that counts the events sent so far (the bridge names it too). */
export const EVENTS_SENT_HEADER = 'x-atiende-events-sent';

/** The stream's `caught-up` event: the events sent before it opened, and what a page that may have missed some reads. */
export interface CaughtUp {
  sent: number;
  event: AppEvent;
}

/** The bridge as a script: `(function …)()`. */
export const BRIDGE_SCRIPT = `(${installAtiendeBridge.toString()})();`;
