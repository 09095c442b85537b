// An agent's presence: what they chose (available, busy, away), as the server received it, and
// whether their console is still in contact. A console that stops calling (closed, offline,
// asleep) counts as away from its last contact. Pure, so the team view and the reports' occupancy
// read presence the same way.
import { z } from 'zod';
import { PRESENCE_STATES } from './presence-states.ts';

export { PRESENCE_STATES };
export const PresenceState = z.enum(PRESENCE_STATES);
export type PresenceState = z.infer<typeof PresenceState>;

/**
 * Seconds without any call from a console after which its user counts as away. Consoles call
 * at least once a minute (the sync's safety-net pull), so 90 s means a missed call and more.
 */
export const PRESENCE_STALE_SECONDS = 90;

/** One presence the server received: the state and when (its clock, ISO). */
export interface PresenceRow {
  state: PresenceState;
  at: string;
}

export interface PresenceInterval {
  state: PresenceState;
  /** ISO instants, `from` included, `to` excluded. */
  from: string;
  to: string;
}

const STALE_MS = PRESENCE_STALE_SECONDS * 1000;
const ms = (at: string | Date): number => (typeof at === 'string' ? Date.parse(at) : at.getTime());

/** Whether a console last heard from at `lastContact` is out of contact at `now`. */
export function isStale(lastContact: string | null, now: Date): boolean {
  return lastContact === null || now.getTime() - ms(lastContact) > STALE_MS;
}

/**
 * The presence of a user at `now`: their last presence, but `away` when they chose none or
 * their console has not called for more than PRESENCE_STALE_SECONDS.
 */
export function currentPresence(last: PresenceRow | null, lastContact: string | null, now: Date): PresenceState {
  if (last === null || isStale(lastContact, now)) return 'away';
  return last.state;
}

/**
 * The user's presence over [from, to), as consecutive intervals covering it all: before their
 * first presence they are away; each presence holds until the next; and once their console went
 * quiet (its last contact more than PRESENCE_STALE_SECONDS before `to`) they are away from that
 * last contact on. Past quiet spells are rows already: when a console calls again after one, the
 * server stores away from its previous contact and the user's choice again from then
 * (src/server/contacts.ts). `to` should not be later than the server's now: time not yet lived would
 * count as away. Rows may come in any order; adjacent intervals of one state are merged.
 */
export function presenceIntervals(rows: readonly PresenceRow[], lastContact: string | null, from: string | Date, to: string | Date): PresenceInterval[] {
  const start = ms(from);
  const end = ms(to);
  if (!(end > start)) return [];
  const sorted = [...rows].sort((a, b) => ms(a.at) - ms(b.at));
  // A presence is itself a contact, so the contact is the later of the two.
  const lastRow = sorted.at(-1);
  const contact = Math.max(lastContact === null ? -Infinity : ms(lastContact), lastRow ? ms(lastRow.at) : -Infinity);
  const cut = end - contact > STALE_MS ? contact : Infinity;
  const changes: { at: number; state: PresenceState }[] = [{ at: -Infinity, state: 'away' }];
  for (const row of sorted) if (ms(row.at) < cut) changes.push({ at: ms(row.at), state: row.state });
  if (cut !== Infinity) changes.push({ at: cut, state: 'away' });
  const intervals: { state: PresenceState; from: number; to: number }[] = [];
  changes.forEach((change, i) => {
    const a = Math.max(change.at, start);
    const b = Math.min(changes[i + 1]?.at ?? Infinity, end);
    if (b <= a) return;
    const previous = intervals.at(-1);
    if (previous && previous.state === change.state && previous.to === a) previous.to = b;
    else intervals.push({ state: change.state, from: a, to: b });
  });
  return intervals.map((i) => ({ state: i.state, from: new Date(i.from).toISOString(), to: new Date(i.to).toISOString() }));
}

/** Seconds in each state over the intervals (occupancy: busy over available + busy). */
export function presenceSeconds(intervals: readonly PresenceInterval[]): Record<PresenceState, number> {
  const total: Record<PresenceState, number> = { available: 0, busy: 0, away: 0 };
  for (const i of intervals) total[i.state] += (ms(i.to) - ms(i.from)) / 1000;
  return total;
}
