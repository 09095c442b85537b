// The trainer's side of a class: every call goes to the sandbox server (a class lives there), so
// each is online only. The CLI's `class` commands and the window's Clase page both come through here.
import type { ClassControlRequest, ClassMessageRequest, ClassStartRequest } from '../../protocol/classes.ts';
import { CodedError } from '../../shared/errors.ts';
import type { Services } from '../services.ts';
import { ApiError } from '../sync/api-error.ts';

export type TrainerSession = Pick<Services, 'api' | 'profile'>;

/** Runs one call to the class routes, with the console's words for why it could not. */
async function asTrainer<T>(session: TrainerSession, call: () => Promise<T>): Promise<T> {
  if (session.profile.role !== 'trainer') throw new CodedError('not_trainer', 'Only a trainer runs classes');
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const refusal = classRefusal(error);
    if (refusal) throw refusal;
    if (error.kind === 'unavailable' || error.kind === 'retry_later') throw new CodedError('class_online_only', `A class needs the server: ${error.message}`);
    throw error;
  }
}

/**
 * The server's class refusals, each with a code the console words. A broken script keeps the
 * server's own text (the file, the step and the field), even when listing the scripts fails with a 500.
 */
function classRefusal(error: ApiError): CodedError | null {
  const said = error.details.said ?? error.message;
  switch (error.details.code) {
    case 'forbidden': return new CodedError('not_trainer', error.message);
    case 'class_not_found': return new CodedError('class_not_found', error.message);
    case 'class_finished': return new CodedError('class_finished', said);
    case 'trainee_not_found': return new CodedError('trainee_not_found', said);
    case 'case_not_found': return new CodedError('trainee_case_not_found', said);
    case 'invalid_script': return new CodedError('invalid_script', said);
    default: return null;
  }
}

export const trainer = (session: TrainerSession) => ({
  scripts: () => asTrainer(session, async () => (await session.api.classScripts()).scripts),
  list: () => asTrainer(session, async () => (await session.api.classes()).classes),
  start: (request: ClassStartRequest) => asTrainer(session, () => session.api.startClass(request)),
  control: (request: ClassControlRequest) => asTrainer(session, () => session.api.classControl(request)),
  message: (request: ClassMessageRequest) => asTrainer(session, () => session.api.classMessage(request)),
  board: (classId: string) => asTrainer(session, () => session.api.classBoard(classId)),
  grade: (classId: string) => asTrainer(session, () => session.api.classGrade(classId)),
  timeline: (classId: string) => asTrainer(session, () => session.api.classTimeline(classId)),
  readCase: (classId: string, trainee: string, caseId: string) => asTrainer(session, () => session.api.classCase(classId, trainee, caseId)),
});
