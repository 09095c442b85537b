// Which profile is open, asked as the page starts (with the inbox's first window and the strings),
// so the first render of the console can be the console itself, not a loading line before it.
import type { Session } from '../../shared/contract.ts';
import { api } from '../lib/bridge.ts';
import { startEarlyRead, type EarlyRead } from '../lib/earlyRead.ts';

let early: EarlyRead<Session> | null = null;

export function readSessionEarly(): Promise<unknown> {
  early = startEarlyRead(() => api.getSession({}), (event) => event.type === 'session');
  return early.answer.catch(() => undefined);
}

/** The early read (once: the first session gate takes it). */
export function takeSessionEarly(): EarlyRead<Session> | null {
  const taken = early;
  early = null;
  return taken;
}
