// What a trainer reads of a class: the live board, the grades, the timeline for the replay
// (timeline.ts) and one trainee's case, read-only. Each is built from the trainees' transcripts.
import type { ClassBoard, ClassCase, ClassGrade, ClassTimeline } from '../../shared/classes/wire.ts';
import type { Transcript } from '../../shared/classes/transcript.ts';
import { HttpError } from '../http.ts';
import type { Classes, Live } from './classes.ts';
import { boardFigures, checkTranscript, ruleResults, scoreOf } from '../../shared/classes/grading/index.ts';
import type { LiveTrainee } from './runner.ts';
import { buildTimeline } from './timeline.ts';
import { buildTranscript } from './transcript.ts';

function transcriptOf(classes: Classes, live: Live, trainee: LiveTrainee): Transcript {
  const fired = classes.registry.fired(live.id).filter((f) => f.username === trainee.username || f.username === '');
  return buildTranscript({ live, trainee, fired, teams: live.teams });
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

export function classTimeline(classes: Classes, live: Live): ClassTimeline {
  const transcripts = live.trainees.map((trainee) => ({ trainee, transcript: transcriptOf(classes, live, trainee) }));
  return buildTimeline(live, classes.registry.fired(live.id), transcripts);
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
