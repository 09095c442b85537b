// The test bridge: maps `window.atiende` onto the harness over loopback HTTP + SSE. It is
// installed only by the harness page and by tests (page.addInitScript), never by the Electron
// build. Written as one self-contained function so it can be shipped as its own source text.

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
  const call = async (operation: string, input: unknown) => {
    const response = await w.fetch(`/rpc/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-atiende-token': token },
      body: JSON.stringify(input ?? {}),
    });
    // The same `{ok, value | error}` the preload resolves with.
    return response.json();
  };
  const listeners = new Set<(event: unknown) => void>();
  let source: any = null;
  const listen = () => {
    if (source) return;
    source = new w.EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: { data: string }) => {
      const event = JSON.parse(message.data);
      for (const listener of listeners) listener(event);
    };
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

/** The bridge as a script: `(function …)()`. */
export const BRIDGE_SCRIPT = `(${installAtiendeBridge.toString()})();`;
