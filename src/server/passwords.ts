// Passwords as an organisation's server stores them: scrypt (Node's own, memory-hard), with a
// salt of their own, in one text column as `scrypt$N$r$p$salt$hash`. The sandbox's scenario users
// keep the sandbox's shared password in the clear: it is printed at start and guards nothing.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const PREFIX = 'scrypt';
/** 2^15 rounds, 8 blocks: about 32 MB and tens of ms per sign-in, OWASP's floor for scrypt. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

const derive = (password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    // scrypt takes 128·N·r bytes: room for twice that.
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) => (error ? reject(error) : resolve(key)));
  });

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return [PREFIX, COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` is the one `stored` keeps (hashed, or a sandbox's clear one), in time that does not say how close it came. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts[0] !== PREFIX) return sameText(password, stored);
  const [, n, r, p, salt, key] = parts;
  if (!n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let unknown: Promise<string> | undefined;

/** A hash no password matches, checked against for a user that does not exist; made once, when first needed. */
export function unknownUserHash(): Promise<string> {
  unknown ??= hashPassword(randomBytes(32).toString('hex'));
  return unknown;
}

function sameText(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
