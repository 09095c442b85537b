// A class's own clock, shared by its trainees' stores: scenario time = the script's startsAt +
// elapsed + shift. `elapsed` runs at the class's speed while it runs and stands still otherwise;
// a trainer's jump adds to it; a script's clock step moves `shift` (out of hours) and leaves
// elapsed, which the steps' `at` count, alone. The registry stores what `saved()` returns.
import type { ClassState } from '../../shared/classes/wire.ts';
import type { Clock } from '../clock.ts';

export interface ClockState {
  state: ClassState;
  speed: 1 | 2 | 5;
  elapsedMs: number;
  shiftMs: number;
}

export class ClassClock implements Clock {
  readonly startsAt: number;
  private current: ClockState;
  /** Real time when `current.elapsedMs` was last brought up to date. */
  private since: number;

  constructor(startsAt: string, saved: ClockState, realNow = Date.now()) {
    this.startsAt = Date.parse(startsAt);
    this.current = { state: saved.state, speed: saved.speed, elapsedMs: saved.elapsedMs, shiftMs: saved.shiftMs };
    // Time the server was down does not count: a running class goes on from where it was saved.
    this.since = realNow;
  }

  now(): Date {
    return new Date(this.startsAt + this.elapsedMs() + this.current.shiftMs);
  }

  elapsedMs(realNow = Date.now()): number {
    const running = this.current.state === 'running' ? (realNow - this.since) * this.current.speed : 0;
    return this.current.elapsedMs + running;
  }

  get state(): ClassState {
    return this.current.state;
  }

  get running(): boolean {
    return this.current.state === 'running';
  }

  get speed(): 1 | 2 | 5 {
    return this.current.speed;
  }

  /** What to store: elapsed folded up to now. */
  saved(): ClockState {
    this.fold();
    return { ...this.current };
  }

  setState(state: ClassState): void {
    this.fold();
    this.current.state = state;
  }

  setSpeed(speed: 1 | 2 | 5): void {
    this.fold();
    this.current.speed = speed;
  }

  /** Moves elapsed ahead (a trainer's jump) or to a point (the class's end). */
  advance(ms: number): void {
    this.fold();
    this.current.elapsedMs += ms;
  }

  setElapsed(ms: number): void {
    this.fold();
    this.current.elapsedMs = ms;
  }

  /**
   * A clock step at `atMs` of elapsed time: from there the clock reads `to`, elapsed unchanged.
   * A step fired late (a jump went past it) keeps the minutes since, so the steps after it keep their place.
   */
  jumpTo(to: string, atMs: number): void {
    this.fold();
    this.current.shiftMs = Date.parse(to) - this.startsAt - atMs;
  }

  /** What the clock read at `atMs` of elapsed time, with the shift it has now. */
  readingAt(atMs: number): Date {
    return new Date(this.startsAt + atMs + this.current.shiftMs);
  }

  private fold(realNow = Date.now()): void {
    this.current.elapsedMs = this.elapsedMs(realNow);
    this.since = realNow;
  }
}
