// The HTTP(S) server both central APIs listen on (the sandbox and an organisation's nodes):
// guarded options, client errors answered as JSON, and the address it ended up on.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { answerClientError } from '../node/client-error.ts';
import { GUARDED_SERVER_OPTIONS } from './request-guard.ts';

export type Tls = { cert: string | Buffer; key: string | Buffer };

/** Listens on `port` (0: a free one) of `host`; resolves once it does. */
export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, tls: Tls | undefined, port: number, host: string): Promise<Server> {
  const server: Server = tls ? createTlsServer({ ...tls, ...GUARDED_SERVER_OPTIONS }, handler) : createServer(GUARDED_SERVER_OPTIONS, handler);
  server.on('clientError', answerClientError((_status, error, message) => ({ error, message })));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

/** `http(s)://host:port` of a listening server. */
export function urlOf(server: Server | null, tls: boolean): string {
  const address = server?.address() as AddressInfo | null;
  if (!address) throw new Error('The server is not listening');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `${tls ? 'https' : 'http'}://${host}:${address.port}`;
}
