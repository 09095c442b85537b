// What a request must look like before any route reads it, for the sandbox and the browser
// harness alike: a Host this server answers to (so a DNS-rebound name cannot reach it from a web
// page) and no other site's Origin. Bodies must be JSON too (requireJsonType, in http.ts).
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { HttpError } from './http.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/** `ATIENDE_ALLOWED_HOSTS`: comma-separated names (a TLS proxy's, a classroom server's) to answer to. */
export function allowedHostsFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return (env.ATIENDE_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
}

function hostnameOf(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  } catch {
    return null;
  }
}

/**
 * Loopback names, any IP address (an address cannot be rebound to another machine, so it is no
 * DNS-rebinding door; a class reaches a sandbox on the room's network by its address) and the
 * names allowed on top.
 */
export function hostAllowed(host: string | undefined, allowed: readonly string[]): boolean {
  if (host === undefined) return false;
  const name = hostnameOf(host);
  if (name === null) return false;
  if (LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || isIP(name) !== 0) return true;
  return allowed.some((entry) => entry === host.toLowerCase() || entry === name);
}

/**
 * For `createServer`: Node's own refusal of an HTTP/1.1 request without Host is a bare 400
 * with no body; guardRequest answers it instead, with a code like every other refusal.
 */
export const GUARDED_SERVER_OPTIONS = { requireHostHeader: false } as const;

/** Throws the refusal for a request from the wrong Host or another site's page. */
export function guardRequest(req: IncomingMessage, allowedHosts: readonly string[]): void {
  const host = req.headers.host;
  // HTTP/1.1 requires a Host (RFC 9112 §3.2): its absence is a malformed request, not a wrong name.
  if (host === undefined && req.httpVersion === '1.1') throw new HttpError(400, 'bad_request', 'An HTTP/1.1 request must send a Host header');
  if (!hostAllowed(host, allowedHosts)) {
    throw new HttpError(421, 'host_not_allowed', `This server does not answer to the host "${host ?? ''}" (see ATIENDE_ALLOWED_HOSTS)`);
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !sameOrigin(origin, host)) {
    throw new HttpError(403, 'cross_origin', 'Requests from another site\'s page are refused');
  }
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host.toLowerCase() === host?.toLowerCase();
  } catch {
    return false; // "null" (a sandboxed frame, a file) is no origin of ours
  }
}
