// A customer's reply while their case's satisfaction survey waits for an answer (trainer
// controls: the sandbox's customers). An answer is stored and never reopens the case, except a
// negative one, which reopens it for its agent with priority, as the guide asks ("contactar
// nuevamente al cliente"). Anything else is an ordinary message.
import { isNegative, readCsatAnswer, scoreOf, type CsatAnswer } from '../../shared/csat/answer.ts';
import { CSAT_SETTING, csatSettingsFrom, surveyLanguage } from '../../shared/csat/settings.ts';
import { caseEvents } from '../store/shared/cases.ts';
import type { Sql } from '../store/sql.ts';

export interface PendingSurvey {
  caseId: string;
  agent: string | null;
  /** The channel it went out on: a public case's private pair. */
  channel: string;
  language: string;
}

/** The case's survey while it has no answer; undefined when it has none or was answered. */
export function pendingSurvey(sql: Sql, caseId: string): Promise<PendingSurvey | undefined> {
  return sql.row<PendingSurvey>('SELECT case_id AS "caseId", agent, channel, language FROM csat_surveys WHERE case_id = ? AND answered_at IS NULL', caseId);
}

/** The answers `text` gives the survey's questions (as they are now, in its language); null when it is no answer. */
export async function readSurveyReply(sql: Sql, survey: PendingSurvey, text: string): Promise<CsatAnswer[] | null> {
  const stored = await sql.row<{ value: string }>('SELECT value FROM settings WHERE id = ?', CSAT_SETTING);
  let document: unknown = null;
  try {
    document = stored ? JSON.parse(stored.value) : null;
  } catch {
    // An unreadable document: the default questions, as every console reads it.
  }
  return readCsatAnswer(text, csatSettingsFrom(document).settings.questions[surveyLanguage(survey.language)]);
}

/** Stores the answer; a negative one reopens the resolved case for its agent with priority and says why. */
export async function recordSurveyAnswer(sql: Sql, survey: PendingSurvey, answers: CsatAnswer[], messageId: string, now: string): Promise<void> {
  const negative = isNegative(answers);
  await sql.run('UPDATE csat_surveys SET answer_message_id = ?, answered_at = ?, answers = ?, score = ?, negative = ? WHERE case_id = ?',
    messageId, now, JSON.stringify(answers), scoreOf(answers), negative ? 1 : 0, survey.caseId);
  if (!negative) {
    await sql.run('UPDATE cases SET updated_at = ?, version = ? WHERE id = ?', now, await sql.nextVersion(), survey.caseId);
    return;
  }
  const before = await sql.row<{ status: string; assigned_to: string | null }>('SELECT status, assigned_to FROM cases WHERE id = ?', survey.caseId);
  const agent = survey.agent ?? before?.assigned_to ?? null;
  await sql.run(`UPDATE cases SET status = 'open', assigned_to = ?, priority_before_recontact = coalesce(priority_before_recontact, priority),
      priority = 'high', recontact = 'csat_negative',
      waiting_since = coalesce(waiting_since, ?), updated_at = ?, version = ? WHERE id = ?`, agent, now, now, await sql.nextVersion(), survey.caseId);
  const events = caseEvents(sql);
  if (before && before.status !== 'open') await events.record(survey.caseId, { kind: 'status', data: { from: before.status, to: 'open' } }, now, null);
  if (before && before.assigned_to !== agent) await events.record(survey.caseId, { kind: 'assigned', data: { from: before.assigned_to, to: agent } }, now, null);
}
