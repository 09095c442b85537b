// `qa review`: a supervisor's review of a pack's case, queued offline like any change and sent
// by the next sync; the server checks it and computes the score it stores.
import { z } from 'zod';
import { Answers } from '../../shared/qa/scorecard.ts';
import { openLocal, type Output } from './commands.ts';
import { safeJson } from './format.ts';

export async function qaReview(o: { profile: string; pack: string; case: string; answers: string; comment?: string | undefined }): Promise<Output> {
  const answers = parseAnswers(o.answers);
  const { store, commands, role } = await openLocal(o.profile);
  try {
    const found = store.cases.find(o.case);
    const comments = o.comment ? [{ messageId: null, criterionId: null, text: o.comment }] : [];
    const { reviewId } = commands.submitReview({ packId: o.pack, caseId: found?.id ?? o.case, answers, comments }, role);
    return { stdout: safeJson({ reviewId, queued: true }) };
  } finally {
    store.close();
  }
}

/** `--answers` maps criterion ids to "yes", "no", "na" or a number. */
function parseAnswers(text: string): Answers {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('--answers is not JSON: give an object of criterion ids and answers, e.g. {"tone": 4, "signature": "yes"}');
  }
  const parsed = Answers.safeParse(value);
  if (!parsed.success) throw new Error(`--answers: ${z.prettifyError(parsed.error).split('\n').join(' ')}`);
  return parsed.data;
}
