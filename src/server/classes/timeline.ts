// The timeline a trainer replays once a class has finished: what fired for the whole class and for
// each trainee, what the trainees' customers wrote and what they answered, and how their cases
// moved. Each event carries its class minute (elapsed scenario time, the clock's jumps taken out)
// and codes, never words: the console says them in its own language.
import type { ClassTimeline } from '../../shared/classes/wire.ts';
import type { Transcript } from '../../shared/classes/transcript.ts';
import { CASE_STATUSES, type CaseStatus } from '../../shared/domain.ts';
import { prepared } from '../prepared.ts';
import type { FiredRow } from './registry.ts';
import type { LiveClass, LiveTrainee } from './runner.ts';
import type { ClassScript } from './script.ts';

const MINUTE = 60_000;
/** How much of a message the timeline quotes. */
const QUOTE = 120;

/** A message's start for the replay's line, marked when cut. */
const excerpt = (text: string): string => (text.length > QUOTE ? `${text.slice(0, QUOTE - 1).trimEnd()}…` : text);

type TimelineEvent = ClassTimeline['events'][number];

export interface TraineeTranscript {
  trainee: LiveTrainee;
  transcript: Transcript;
}

/** From the clock steps fired, the class minute of a scenario time. */
export function classMinutes(script: Pick<ClassScript, 'startsAt' | 'steps'>, fired: readonly FiredRow[]): (at: string) => number {
  const startsAt = Date.parse(script.startsAt);
  // A clock step at minute m that jumps to `to` shifts the clock by to − startsAt − m from `to` on
  // (class-clock.ts); the script's clock moves forward only, so the last jump at or before a time is in force.
  const jumps = fired.flatMap((f) => {
    const step = f.kind === 'clock' ? script.steps.find((s) => s.id === f.stepId) : undefined;
    return step?.kind === 'clock' ? [{ from: Date.parse(step.to), shift: Date.parse(step.to) - startsAt - step.at * MINUTE }] : [];
  }).sort((a, b) => a.from - b.from);
  return (at) => {
    const time = Date.parse(at);
    const shift = jumps.findLast((j) => j.from <= time)?.shift ?? 0;
    return Math.max(0, (time - startsAt - shift) / MINUTE);
  };
}

export function buildTimeline(live: LiveClass, fired: readonly FiredRow[], transcripts: readonly TraineeTranscript[]): ClassTimeline {
  const minuteOf = classMinutes(live.script, fired);
  const events: TimelineEvent[] = [];
  const add = (event: Omit<TimelineEvent, 'minute'>) => events.push({ ...event, minute: minuteOf(event.at) });
  for (const f of fired) {
    // Ad-hoc messages show as the customer's message itself.
    if (f.kind === 'message') continue;
    const trainee = f.username === '' ? null : f.username;
    if (f.kind === 'clock') {
      const step = live.script.steps.find((s) => s.id === f.stepId);
      add({ at: f.at, trainee, kind: 'clock', caseId: null, step: f.stepId, to: step?.kind === 'clock' ? new Date(step.to).toISOString() : null });
    } else {
      add({ at: f.at, trainee, kind: f.kind, caseId: f.caseId, step: f.stepId });
    }
  }
  for (const { trainee, transcript } of transcripts) {
    for (const c of transcript.cases) {
      for (const m of c.messages) {
        if (m.from === 'engine') continue;
        add({ at: m.at, trainee: trainee.username, kind: m.from === 'customer' ? 'customer' : 'reply', caseId: c.caseId, text: excerpt(m.text) });
      }
      if (c.classifiedAt !== null) add({ at: c.classifiedAt, trainee: trainee.username, kind: 'classified', caseId: c.caseId, reason: c.reason });
      for (const e of caseMoves(trainee, c.caseId)) {
        if (e.kind === 'assigned') add({ at: e.at, trainee: trainee.username, kind: 'assigned', caseId: c.caseId, to: e.to });
        else if (isStatus(e.to)) add({ at: e.at, trainee: trainee.username, kind: 'status', caseId: c.caseId, status: e.to });
      }
    }
  }
  events.sort((a, b) => a.minute - b.minute || a.at.localeCompare(b.at));
  const startsAt = new Date(live.clock.startsAt).toISOString();
  // The clock's end: where it stands once finished, else where the script's length takes it.
  const now = live.clock.now().getTime();
  const endsAt = live.clock.state === 'finished' ? now : now + (live.script.durationMinutes * MINUTE - live.clock.elapsedMs());
  return { classId: live.id, startsAt, endsAt: new Date(endsAt).toISOString(), durationMinutes: live.script.durationMinutes, events };
}

const isStatus = (value: string | null): value is CaseStatus => (CASE_STATUSES as readonly (string | null)[]).includes(value);

/** The case's status changes and assignments, as its store recorded them. */
function caseMoves(trainee: LiveTrainee, caseId: string): { kind: 'status' | 'assigned'; at: string; to: string | null }[] {
  const rows = prepared<[string], { kind: 'status' | 'assigned'; at: string; data: string }>(trainee.world.db,
    "SELECT kind, at, data FROM case_events WHERE case_id = ? AND kind IN ('status', 'assigned') ORDER BY id").all(caseId);
  return rows.map((r) => ({ kind: r.kind, at: r.at, to: (JSON.parse(r.data) as { to: string | null }).to }));
}
