// Which profile is open. The session changes through the calls that return it (openSandbox,
// connect, switchProfile, signOut), so `run` stores whatever they answer, and when main ends
// the profile by itself (a revoked device), which it announces with a `session` event.
import { useCallback, useEffect, useState } from 'react';
import type { ContractError, Session } from '../../shared/contract.ts';
import { api, contractError, onEvent } from '../lib/bridge.ts';
import { takeSessionEarly } from './earlySession.ts';

export interface SessionState {
  session: Session | null;
  loadError: ContractError | null;
  /** Why main closed the last profile by itself, until another one opens. */
  ended: 'revoked' | null;
  /** Runs a call that answers a new session and keeps its answer; rejects like the call. */
  run: (call: () => Promise<Session>) => Promise<Session>;
  reload: () => void;
}

export function useSession(): SessionState {
  // Answered before the first render, unless main ended the profile since it was asked.
  const [early] = useState(takeSessionEarly);
  const [session, setSession] = useState<Session | null>(early?.stale === false ? early.value ?? null : null);
  const [loadError, setLoadError] = useState<ContractError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [ended, setEnded] = useState<'revoked' | null>(null);

  useEffect(() => onEvent((event) => {
    if (event.type !== 'session') return;
    setEnded(event.ended);
    setAttempt((n) => n + 1);
  }), []);

  useEffect(() => {
    early?.release();
  }, [early]);

  useEffect(() => {
    let active = true;
    const asked = attempt === 0 && early?.stale === false ? early.answer : api.getSession({});
    asked.then(
      (answer) => active && setSession(answer),
      (error: unknown) => active && setLoadError(contractError(error)),
    );
    return () => {
      active = false;
    };
  }, [attempt, early]);

  const run = useCallback(async (call: () => Promise<Session>) => {
    const answer = await call();
    setSession(answer);
    setEnded(null);
    return answer;
  }, []);

  const reload = useCallback(() => {
    setLoadError(null);
    setAttempt((n) => n + 1);
  }, []);

  return { session, loadError, ended, run, reload };
}
