// Instants ⇄ wall-clock times in an IANA zone, through Intl only (no date library): a schedule
// speaks in wall-clock times ("09:00 in Buenos Aires"), decisions are made on instants.
//
// A wall time is a number of milliseconds on a zone-free axis (the wall reading as if it were
// UTC). A wall time maps to the FIRST instant at which the zone's clock reads that time or
// later. So, deterministically:
// - a time skipped by a DST gap (02:30 the night Madrid springs forward) maps to the instant
//   the clocks jump (03:00 CEST): a shift opening inside the gap opens when the gap ends;
// - a time repeated by a DST overlap (02:30 the night Madrid falls back) maps to its first
//   pass: a boundary happens once, and the repeated hour never reopens or recloses anything.
import { DAY_MS } from './calendar.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether Intl knows the zone by name; fixed offsets such as "+03:00" are refused (no DST, no rules). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    formatFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's wall-clock reading at instant `t` (ms), on the wall axis. */
export function wallAt(timeZone: string, t: number): number {
  const second = Math.floor(t / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(second)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, parts.second ?? 0) + (t - second);
}

const offsetAt = (timeZone: string, t: number): number => wallAt(timeZone, t) - t;

/** The local calendar day (see calendar.ts) of instant `t`. */
export const localDayAt = (timeZone: string, t: number): number => Math.floor(wallAt(timeZone, t) / DAY_MS);

/**
 * The first instant at which the zone's clock reads `wall` or later. Assumes at most one offset
 * change within a day either side, which holds for every zone in the tz database since 1970.
 */
export function instantAt(timeZone: string, wall: number): number {
  const before = offsetAt(timeZone, wall - DAY_MS);
  const early = wall - before;
  if (offsetAt(timeZone, early) === before) return early;
  const after = offsetAt(timeZone, wall + DAY_MS);
  const late = wall - after;
  if (offsetAt(timeZone, late) === after) return late;
  // In a gap: find the jump, a whole second between `late` (old offset) and `early` (new one).
  let lo = Math.floor(late / 1000);
  let hi = Math.ceil(early / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(timeZone, mid * 1000) === after) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/** The instant a local day begins (its first instant at or after 00:00). */
export const dayStartAt = (timeZone: string, day: number): number => instantAt(timeZone, day * DAY_MS);
