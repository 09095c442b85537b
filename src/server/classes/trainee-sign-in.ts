// A trainee's way in: their one-time password, as a username's password or as a class code
// (`POST /v1/classes/join`). A wrong or used password answers exactly as an unknown user does;
// a finished class's codes no longer sign in.
import type { LoginResponse } from '../../protocol/auth.ts';
import { HttpError } from '../http.ts';
import { badCredentials, signIn, type SessionLifetimes } from '../routes/auth.ts';
import { classFinished, type Live } from './open-class.ts';
import type { ClassRegistry } from './registry.ts';
import type { LiveTrainee } from './runner.ts';
import { hashPassword } from './trainees.ts';

export interface TraineeDesk {
  registry: ClassRegistry;
  /** The open class and store of a trainee. */
  find(username: string): { live: Live; trainee: LiveTrainee } | undefined;
  sessions?: SessionLifetimes;
}

/** Sign-in with a trainee's username; null (the main world's bad_credentials) unless the password is theirs and unused. */
export function signInTrainee(desk: TraineeDesk, username: string, password: string, deviceId: string | null): Promise<LoginResponse | null> {
  const row = desk.registry.trainee(username);
  const hash = hashPassword(password);
  if (!row || row.passwordHash !== hash) return Promise.resolve(null);
  return consume(desk, row.username, hash, deviceId);
}

/** Sign-in with a class code, which is the trainee's one-time password. */
export function joinWithCode(desk: TraineeDesk, code: string, deviceId: string | null): Promise<LoginResponse> {
  const hash = hashPassword(code);
  const row = desk.registry.traineeByPassword(hash);
  if (!row) throw new HttpError(401, 'bad_credentials', 'This class code is unknown or was used already');
  return consume(desk, row.username, hash, deviceId);
}

async function consume(desk: TraineeDesk, username: string, hash: string, deviceId: string | null): Promise<LoginResponse> {
  const found = desk.find(username);
  if (found?.live.clock.state === 'finished') throw classFinished(found.live.id, 'its codes no longer sign in');
  if (!found || !desk.registry.consume(username, hash, new Date().toISOString())) throw badCredentials();
  return signIn(found.trainee.world.api, desk.sessions ?? {}, username, deviceId, found.live.script.title);
}
