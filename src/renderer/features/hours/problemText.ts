// The editor's problems in the supervisor's language, naming the schedule, day, channel or field.
import type { TFunction } from 'i18next';
import { MAX_INTERVALS, type HoursProblem } from './hoursDraft.ts';
import { TEXT_MAX, type RepliesProblem } from './autoReplyForm.ts';
import { WEEKDAYS, type Weekday } from '../../../shared/hours/calendar.ts';
import { RETENTION_LIMITS } from '../../../shared/retention.ts';
import type { RetentionProblem } from './retentionForm.ts';

const isWeekday = (day: string): day is Weekday => (WEEKDAYS as readonly string[]).includes(day);

export function hoursProblemText(t: TFunction, problem: HoursProblem): string {
  if (problem.key === 'noDefault') return t('hours.problems.noDefault');
  const day = 'day' in problem ? (isWeekday(problem.day) ? t(`hours.weekday.${problem.day}`) : problem.day) : '';
  return t(`hours.problems.${problem.key}`, { schedule: problem.schedule, day, max: MAX_INTERVALS });
}

export function repliesProblemText(t: TFunction, problem: RepliesProblem): string {
  const channel = t(`channel.${problem.channel}`);
  if (problem.key === 'noText') return t('hours.problems.noText', { channel });
  const language = t(`templatesPanel.languages.${problem.language}`);
  return problem.key === 'unknown'
    ? t('hours.problems.unknown', { channel, language, names: problem.names })
    : t('hours.problems.tooLong', { channel, language, max: TEXT_MAX });
}

/** "Días sin conexión: entre 1 y 365 días." */
export function retentionProblemText(t: TFunction, { field, key }: RetentionProblem): string {
  return t(`hours.problems.retention.${key}`, { field: t(`hours.retention.${field}.label`), ...RETENTION_LIMITS[field] });
}
