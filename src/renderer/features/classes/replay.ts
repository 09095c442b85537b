// The replay of a finished class: what each trainee had done by a moment of scenario time. The
// timeline's events come in any order; the replay shows them in the order they happened.
import type { ClassTimeline } from '../../../shared/classes/wire.ts';

export type TimelineEvent = ClassTimeline['events'][number];

export interface ReplayMoment {
  /** Events of the whole class (steps, the clock jumping), oldest first. */
  classEvents: TimelineEvent[];
  /** Per trainee username, oldest first; every trainee asked for has an entry. */
  byTrainee: Map<string, TimelineEvent[]>;
}

/** Scenario minutes the timeline spans (at least one, so a slider always has a range). */
export const replayLength = (timeline: ClassTimeline): number =>
  Math.max(1, Math.ceil((Date.parse(timeline.endsAt) - Date.parse(timeline.startsAt)) / 60_000));

/** What had happened `minute` scenario minutes after the start. */
export function replayAt(timeline: ClassTimeline, trainees: readonly string[], minute: number): ReplayMoment {
  const until = Date.parse(timeline.startsAt) + minute * 60_000;
  const happened = timeline.events
    .map((event, index) => ({ event, index, at: Date.parse(event.at) }))
    .filter((e) => e.at <= until)
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((e) => e.event);
  const byTrainee = new Map(trainees.map((username) => [username, [] as TimelineEvent[]]));
  const classEvents: TimelineEvent[] = [];
  for (const event of happened) {
    if (event.trainee === null) classEvents.push(event);
    else byTrainee.set(event.trainee, [...(byTrainee.get(event.trainee) ?? []), event]);
  }
  return { classEvents, byTrainee };
}
