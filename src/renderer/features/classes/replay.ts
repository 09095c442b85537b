// The replay of a finished class: what each trainee had done by a minute of the class. The slider
// runs over the class's minutes (0 to its length), which the clock's jumps out of hours do not
// stretch; each position also reads as the scenario time the clock showed then.
import type { ClassTimeline } from '../../../shared/classes/wire.ts';

export type TimelineEvent = ClassTimeline['events'][number];

const MINUTE = 60_000;

export interface ReplayMoment {
  /** Events of the whole class (the clock jumping), oldest first. */
  classEvents: TimelineEvent[];
  /** Per trainee username, oldest first; every trainee asked for has an entry. */
  byTrainee: Map<string, TimelineEvent[]>;
}

/** The class's minutes (at least one, so a slider always has a range). */
export const replayLength = (timeline: ClassTimeline): number => Math.max(1, Math.ceil(timeline.durationMinutes));

/** What had happened by the end of the class's minute `minute` (an event at 5:40 shows from minute 5). */
export function replayAt(timeline: ClassTimeline, trainees: readonly string[], minute: number): ReplayMoment {
  const happened = timeline.events
    .map((event, index) => ({ event, index }))
    .filter((e) => Math.floor(e.event.minute) <= minute)
    .sort((a, b) => a.event.minute - b.event.minute || a.index - b.index)
    .map((e) => e.event);
  const byTrainee = new Map(trainees.map((username) => [username, [] as TimelineEvent[]]));
  const classEvents: TimelineEvent[] = [];
  for (const event of happened) {
    if (event.trainee === null) classEvents.push(event);
    else byTrainee.set(event.trainee, [...(byTrainee.get(event.trainee) ?? []), event]);
  }
  return { classEvents, byTrainee };
}

/**
 * The scenario time the clock read at the class's minute `minute`: the start plus the minutes,
 * moved by the last clock jump by then (a jump at minute m to `to` reads `to` from m on).
 */
export function scenarioTimeAt(timeline: ClassTimeline, minute: number): number {
  const startsAt = Date.parse(timeline.startsAt);
  const jump = timeline.events
    .filter((e) => e.kind === 'clock' && typeof e.to === 'string' && e.minute <= minute)
    .reduce<TimelineEvent | null>((last, e) => (last === null || e.minute >= last.minute ? e : last), null);
  const shift = jump?.to ? Date.parse(jump.to) - startsAt - jump.minute * MINUTE : 0;
  return startsAt + minute * MINUTE + shift;
}
