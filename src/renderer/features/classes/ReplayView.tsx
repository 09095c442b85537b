// The replay of a finished class: a slider over scenario time (arrow keys move a minute, Page keys
// more, Home and End to the ends) and, per trainee, what they had done by then, newest first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ClassSummary, ClassTimeline } from '../../../shared/classes/wire.ts';
import { CASE_STATUSES, CONTACT_REASONS } from '../../../shared/domain.ts';
import { api } from '../../lib/bridge.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { classErrorText } from './classError.ts';
import { replayAt, replayLength, type TimelineEvent } from './replay.ts';
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
  const at = scenarioTime(Date.parse(timeline.startsAt) + minute * 60_000);
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
            testId="class-replay-trainee" trainee={trainee.username} />
        ))}
      </div>
    </>
  );
}

function EventColumn({ title, events, testId, trainee }: { title: string; events: TimelineEvent[]; testId: string; trainee?: string }) {
  const { t } = useTranslation();
  const scenarioTime = useScenarioTime();
  return (
    <section className="class-replay-column" data-testid={testId} data-trainee={trainee} aria-label={title}>
      <h4>{title} <span className="hint">{t('classes.replay.count', { count: events.length })}</span></h4>
      {events.length === 0 ? <p className="hint">{t('classes.replay.nothingYet')}</p> : (
        // It scrolls inside its column: focusable, so the keyboard can scroll it too.
        <ol className="class-events" reversed tabIndex={0} aria-label={title}>
          {[...events].reverse().map((event, index) => (
            <li key={`${event.at}-${index}`} data-testid="class-replay-event" data-kind={event.kind} data-case={event.caseId ?? undefined}>
              <time dateTime={event.at}>{scenarioTime(event.at)}</time>{' '}
              <strong>{t(`classes.replay.kind.${event.kind}`)}</strong>{' '}
              <CustomerText text={eventText(t, event)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const isOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** A state or a reason in the trainer's words; a step's id, a message's start or a username as they are. */
function eventText(t: TFunction, event: TimelineEvent): string {
  const { kind, text } = event;
  if (kind === 'status' && isOf(CASE_STATUSES, text)) return t(`status.${text}`);
  if (kind === 'classified' && isOf(CONTACT_REASONS, text)) return t(`resolve.reasons.${text}`);
  return text;
}
