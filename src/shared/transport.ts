// Which servers a console may send a password or a token to. Runtime-free: the connect screen
// refuses before anything is sent, and main (console, CLI, harness) refuses again.
//
// - `https`: any https:// server;
// - `loopback`: plain http:// to this computer (the embedded sandbox, tests, a local proxy);
// - `training`: plain http:// to a private (RFC 1918) address, allowed only for a server that
//   says it is a training sandbox (asked before the password goes), and shown as unencrypted;
// - `refused`: plain http:// anywhere else, or not an http(s) address at all.
export type Transport = 'https' | 'loopback' | 'training' | 'refused';

const dottedQuad = (host: string): number[] | null => {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
};

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || dottedQuad(host)?.[0] === 127;

/** 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. */
const isPrivate = (host: string): boolean => {
  const ip = dottedQuad(host);
  if (ip === null) return false;
  const [a = -1, b = -1] = ip;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
};

export function transportOf(server: string): Transport {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return 'refused';
  }
  if (url.protocol === 'https:') return 'https';
  if (url.protocol !== 'http:') return 'refused';
  const host = url.hostname.toLowerCase();
  if (isLoopback(host)) return 'loopback';
  return isPrivate(host) ? 'training' : 'refused';
}

/** The one sentence main answers a refused address with (the console words `insecure_server` itself). */
export const INSECURE_SERVER_MESSAGE =
  'Atiende connects only to https:// servers (or to a training sandbox on a private network): nothing was sent to this address.';
