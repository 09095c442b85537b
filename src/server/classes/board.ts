// What a trainer reads of a class: the live board, the grades, the timeline for the replay, and
// one trainee's case, read-only. Each is built from the trainees' transcripts.
import type { ClassBoard, ClassCase, ClassGrade, ClassTimeline } from '../../shared/classes/wire.ts';
import type { Transcript } from '../../shared/classes/transcript.ts';
import { HttpError } from '../http.ts';
import { prepared } from '../prepared.ts';
import type { Classes, Live } from './classes.ts';
import { boardFigures, checkTranscript, ruleResults, scoreOf } from '../../shared/classes/grading/index.ts';
import type { LiveTrainee } from './runner.ts';
import { buildTranscript } from './transcript.ts';

const MINUTE = 60_000;
const EXCERPT = 120;

/** A message's start for the replay's line, marked when cut. */
const excerpt = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

function transcriptOf(classes: Classes, live: Live, trainee: LiveTrainee): Transcript {
  const fired = classes.registry.fired(live.id).filter((f) => f.username === trainee.username || f.username === '');
  return buildTranscript({ live, trainee, fired, classified: classes.registry.classified(trainee.username), teams: live.teams });
}

const resultsOf = (t: Transcript) => ruleResults(t, checkTranscript(t));

export function classBoard(classes: Classes, live: Live): ClassBoard {
  const summary = classes.summary(live);
  return {
    class: summary,
    trainees: live.trainees.map((trainee, i) => {
      const t = transcriptOf(classes, live, trainee);
      const figures = boardFigures(t);
      return {
        name: trainee.name, username: trainee.username, joined: summary.trainees[i]?.joined ?? false,
        answered: figures.answered, late: figures.late, waiting: figures.waiting, serviceLevel: figures.serviceLevel,
        rules: resultsOf(t),
        cases: t.cases.map((c) => ({
          caseId: c.caseId, number: c.number, customer: c.customer, channel: c.channel, status: c.status, step: c.step,
          onTime: figures.onTime[c.caseId] ?? null,
        })),
      };
    }),
  };
}

export function classGrade(classes: Classes, live: Live): ClassGrade {
  return {
    classId: live.id,
    title: live.script.title,
    finished: live.clock.state === 'finished',
    trainees: live.trainees.map((trainee) => {
      const rules = resultsOf(transcriptOf(classes, live, trainee));
      return { name: trainee.name, username: trainee.username, score: scoreOf(rules), rules };
    }),
  };
}

type TimelineEvent = ClassTimeline['events'][number];

export function classTimeline(classes: Classes, live: Live): ClassTimeline {
  const fired = classes.registry.fired(live.id);
  const events: TimelineEvent[] = [];
  // Ad-hoc messages show as the customer's message itself.
  for (const f of fired) {
    if (f.kind === 'message') continue;
    const step = live.script.steps.find((s) => s.id === f.stepId);
    const text = step?.kind === 'clock' ? `${f.stepId} → ${step.to}` : f.kind === 'follow_up' ? `${f.stepId} (follow-up)` : f.stepId;
    events.push({ at: f.at, trainee: f.username === '' ? null : f.username, kind: f.kind === 'clock' ? 'clock' : 'step', caseId: f.caseId, text });
  }
  for (const trainee of live.trainees) {
    const t = transcriptOf(classes, live, trainee);
    const classified = classes.registry.classified(trainee.username);
    for (const c of t.cases) {
      for (const m of c.messages) {
        if (m.from === 'engine') continue;
        events.push({ at: m.at, trainee: trainee.username, kind: m.from === 'customer' ? 'customer' : 'reply', caseId: c.caseId, text: excerpt(m.text) });
      }
      const at = classified.get(c.caseId);
      if (at !== undefined) events.push({ at, trainee: trainee.username, kind: 'classified', caseId: c.caseId, text: c.reason ?? '' });
      const rows = prepared<[string], { kind: string; at: string; data: string }>(trainee.world.db,
        "SELECT kind, at, data FROM case_events WHERE case_id = ? AND kind IN ('status', 'assigned') ORDER BY id").all(c.caseId);
      for (const e of rows) {
        const data = JSON.parse(e.data) as { to: string | null };
        events.push({ at: e.at, trainee: trainee.username, kind: e.kind === 'status' ? 'status' : 'assigned', caseId: c.caseId, text: data.to ?? '' });
      }
    }
  }
  events.sort((a, b) => a.at.localeCompare(b.at));
  const startsAt = new Date(live.clock.startsAt).toISOString();
  // The clock's end: where it stands once finished, else where the script's length takes it.
  const now = live.clock.now().getTime();
  const endsAt = live.clock.state === 'finished' ? now : now + (live.script.durationMinutes * MINUTE - live.clock.elapsedMs());
  return { classId: live.id, startsAt, endsAt: new Date(endsAt).toISOString(), events };
}

export function classCase(classes: Classes, live: Live, username: string, caseId: string): ClassCase {
  const trainee = classes.traineeOf(live, username);
  const c = transcriptOf(classes, live, trainee).cases.find((x) => x.caseId === caseId);
  if (!c) throw new HttpError(404, 'case_not_found', `No case ${caseId} in ${username}'s class`);
  return {
    caseId: c.caseId, number: c.number, customer: c.customer, channel: c.channel, status: c.status, reason: c.reason, messageType: c.messageType,
    messages: c.messages.map((m) => ({ id: m.id, at: m.at, from: m.from, author: m.author, channel: m.channel, public: m.public, text: m.text })),
  };
}
