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
    if (error.kind === 'unavailable' || error.kind === 'retry_later') throw new CodedError('class_online_only', `A class needs the server: ${error.message}`);
    if (error.details.code === 'forbidden') throw new CodedError('not_trainer', error.message);
    if (error.details.code === 'class_not_found') throw new CodedError('class_not_found', error.message);
    throw error;
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
