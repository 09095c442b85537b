// A read started as the page loads, before React has rendered anything, so that the answer is on
// its way (or here) when the view that needs it first renders: the window comes up without a round
// trip after each render. The view takes it once; a later read is always a fresh one.
import type { AppEvent } from '../../shared/events.ts';
import { onEvent } from './bridge.ts';

export interface EarlyRead<T> {
  answer: Promise<T>;
  /** The answer, once it arrived (undefined before, and after a failure). */
  value: T | undefined;
  /** An event since the read started says its answer may be old: read again after showing it. */
  stale: boolean;
  /** Stops watching for events (the view's own reads watch them from now on). */
  release: () => void;
}

export function startEarlyRead<T>(read: () => Promise<T>, outdates: (event: AppEvent) => boolean): EarlyRead<T> {
  const early: EarlyRead<T> = { answer: read(), value: undefined, stale: false, release: () => undefined };
  early.release = onEvent((event) => {
    if (outdates(event)) early.stale = true;
  });
  // A failure is the view's to report when it reads for itself; nothing is left unhandled here.
  early.answer.then((value) => { early.value = value; }, () => undefined);
  return early;
}
