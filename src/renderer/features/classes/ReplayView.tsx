// The replay of a finished class: a slider over the class's minutes (arrow keys move a minute, Page
// keys more, Home and End to the ends), read as the scenario time the clock showed then, and, per
// trainee, what they had done by then, newest first. Events come as codes, worded here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassSummary, ClassTimeline } from '../../../shared/classes/wire.ts';
import { api } from '../../lib/bridge.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { classErrorText } from './classError.ts';
import { replayAt, replayLength, scenarioTimeAt, type TimelineEvent } from './replay.ts';
import { useAsk } from './useAsk.ts';
import { useScenarioTime } from './useScenarioTime.ts';

export function ReplayView({ summary }: { summary: ClassSummary }) {
  const { t } = useTranslation();
  const finished = summary.state === 'finished';
  const asked = useAsk<ClassTimeline>(finished ? `timeline:${summary.classId}` : null, () => api.classTimeline({ classId: summary.classId }));
  if (!finished) return <p className="hint empty" data-testid="class-replay-not-yet">{t('classes.replay.notYet')}</p>;
  return (
    <section className="class-replay" data-testid="class-replay" aria-labelledby="class-replay-title">
      <h3 id="class-replay-title">{t('classes.replay.title')}</h3>
      {asked.error ? <p className="error" role="alert" data-testid="class-replay-error">{classErrorText(t, asked.error)}</p> : null}
      {asked.loading ? <p className="hint" role="status">{t('classes.replay.loading')}</p> : null}
      {asked.data ? <Replay timeline={asked.data} summary={summary} /> : null}
    </section>
  );
}

function Replay({ timeline, summary }: { timeline: ClassTimeline; summary: ClassSummary }) {
  const { t } = useTranslation();
  const scenarioTime = useScenarioTime();
  const length = replayLength(timeline);
  const [minute, setMinute] = useState(length);
  const moment = replayAt(timeline, summary.trainees.map((trainee) => trainee.username), minute);
  const at = scenarioTime(scenarioTimeAt(timeline, minute));
  return (
    <>
      <label className="class-scrubber">
        <span>{t('classes.replay.moment')}</span>
        <input type="range" min={0} max={length} step={1} value={minute} data-testid="class-replay-slider"
          aria-valuetext={t('classes.replay.at', { time: at, minute, length })} onChange={(e) => setMinute(Number(e.target.value))} />
        <output data-testid="class-replay-time">{t('classes.replay.at', { time: at, minute, length })}</output>
      </label>
      <div className="class-replay-columns">
        <EventColumn title={t('classes.replay.wholeClass')} events={moment.classEvents} testId="class-replay-class" />
        {summary.trainees.map((trainee) => (
          <EventColumn key={trainee.username} title={trainee.name} events={moment.byTrainee.get(trainee.username) ?? []}
            testId="class-replay-trainee" trainee={trainee} />
        ))}
      </div>
    </>
  );
}

type Trainee = ClassSummary['trainees'][number];

function EventColumn({ title, events, testId, trainee }: { title: string; events: TimelineEvent[]; testId: string; trainee?: Trainee }) {
  const { t } = useTranslation();
  const scenarioTime = useScenarioTime();
  return (
    <section className="class-replay-column" data-testid={testId} data-trainee={trainee?.username} aria-label={title}>
      <h4>{title} <span className="hint">{t('classes.replay.count', { count: events.length })}</span></h4>
      {events.length === 0 ? <p className="hint">{t('classes.replay.nothingYet')}</p> : (
        // It scrolls inside its column: focusable, so the keyboard can scroll it too.
        <ol className="class-events" reversed tabIndex={0} aria-label={title}>
          {[...events].reverse().map((event, index) => (
            <li key={`${event.at}-${index}`} data-testid="class-replay-event" data-kind={event.kind} data-case={event.caseId ?? undefined}>
              <time dateTime={event.at}>{scenarioTime(event.at)}</time>{' '}
              <strong>{t(`classes.replay.kind.${event.kind}`)}</strong>{' '}
              <EventDetail event={event} trainee={trainee} />
              {event.step ? <>{' '}<span className="hint" data-testid="class-replay-step">{t('classes.replay.step', { step: event.step })}</span></> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What the event says, in the console's language: only a message's text comes as written. */
function EventDetail({ event, trainee }: { event: TimelineEvent; trainee: Trainee | undefined }) {
  const { t } = useTranslation();
  const scenarioTime = useScenarioTime();
  switch (event.kind) {
    case 'customer':
    case 'reply':
      return <CustomerText text={event.text ?? ''} />;
    case 'status':
      return event.status ? <span data-testid="class-replay-detail">{t(`status.${event.status}`)}</span> : null;
    case 'classified':
      return <span data-testid="class-replay-detail">{event.reason ? t(`customer.reason.${event.reason}`) : t('customer.noReason')}</span>;
    case 'assigned': {
      const to = trainee && event.to === trainee.username ? trainee.name : event.to;
      return <span data-testid="class-replay-detail">{to ? t('classes.replay.assignedTo', { name: to }) : t('classes.replay.unassigned')}</span>;
    }
    case 'clock':
      return event.to ? <span data-testid="class-replay-detail">{t('classes.replay.clockTo', { time: scenarioTime(event.to) })}</span> : null;
    case 'step':
    case 'follow_up':
      return null;
  }
}
