// A customer's reply while their case's satisfaction survey waits for an answer (trainer
// controls: the sandbox's customers). An answer is stored and never reopens the case, except a
// negative one, which reopens it for its agent with priority, as the guide asks ("contactar
// nuevamente al cliente"). Anything else is an ordinary message.
import { isNegative, readCsatAnswer, scoreOf, type CsatAnswer } from '../../shared/csat/answer.ts';
import { CSAT_SETTING, csatSettingsFrom, surveyLanguage } from '../../shared/csat/settings.ts';
import { nextVersion, type SandboxDb } from '../schema.ts';
import { prepared } from '../prepared.ts';
import { recordCaseEvent } from '../store/sqlite/cases.ts';

export interface PendingSurvey {
  caseId: string;
  agent: string | null;
  /** The channel it went out on: a public case's private pair. */
  channel: string;
  language: string;
}

/** The case's survey while it has no answer; undefined when it has none or was answered. */
export function pendingSurvey(db: SandboxDb, caseId: string): PendingSurvey | undefined {
  return prepared<[string], PendingSurvey>(db,
    'SELECT case_id AS caseId, agent, channel, language FROM csat_surveys WHERE case_id = ? AND answered_at IS NULL').get(caseId);
}

/** The answers `text` gives the survey's questions (as they are now, in its language); null when it is no answer. */
export function readSurveyReply(db: SandboxDb, survey: PendingSurvey, text: string): CsatAnswer[] | null {
  const stored = prepared<[string], { value: string }>(db, 'SELECT value FROM settings WHERE id = ?').get(CSAT_SETTING);
  let document: unknown = null;
  try {
    document = stored ? JSON.parse(stored.value) : null;
  } catch {
    // An unreadable document: the default questions, as every console reads it.
  }
  return readCsatAnswer(text, csatSettingsFrom(document).settings.questions[surveyLanguage(survey.language)]);
}

/** Stores the answer; a negative one reopens the resolved case for its agent with priority and says why. */
export function recordSurveyAnswer(db: SandboxDb, survey: PendingSurvey, answers: CsatAnswer[], messageId: string, now: string): void {
  const negative = isNegative(answers);
  prepared(db, `UPDATE csat_surveys SET answer_message_id = ?, answered_at = ?, answers = ?, score = ?, negative = ? WHERE case_id = ?`)
    .run(messageId, now, JSON.stringify(answers), scoreOf(answers), negative ? 1 : 0, survey.caseId);
  if (!negative) {
    prepared(db, 'UPDATE cases SET updated_at = ?, version = ? WHERE id = ?').run(now, nextVersion(db), survey.caseId);
    return;
  }
  const before = prepared<[string], { status: string; assigned_to: string | null }>(db, 'SELECT status, assigned_to FROM cases WHERE id = ?').get(survey.caseId);
  const agent = survey.agent ?? before?.assigned_to ?? null;
  prepared(db, `UPDATE cases SET status = 'open', assigned_to = ?, priority_before_recontact = coalesce(priority_before_recontact, priority),
      priority = 'high', recontact = 'csat_negative',
      waiting_since = coalesce(waiting_since, ?), updated_at = ?, version = ? WHERE id = ?`)
    .run(agent, now, now, nextVersion(db), survey.caseId);
  if (before && before.status !== 'open') recordCaseEvent(db, survey.caseId, { kind: 'status', data: { from: before.status, to: 'open' } }, now, null);
  if (before && before.assigned_to !== agent) recordCaseEvent(db, survey.caseId, { kind: 'assigned', data: { from: before.assigned_to, to: agent } }, now, null);
}
