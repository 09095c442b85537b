// Which profile is open. The session changes only through the calls that return it
// (openSandbox, connect, switchProfile, signOut), so `run` stores whatever they answer.
import { useCallback, useEffect, useState } from 'react';
import type { ContractError, Session } from '../../shared/contract.ts';
import { api, contractError } from '../lib/bridge.ts';

export interface SessionState {
  session: Session | null;
  loadError: ContractError | null;
  /** Runs a call that answers a new session and keeps its answer; rejects like the call. */
  run: (call: () => Promise<Session>) => Promise<Session>;
  reload: () => void;
}

export function useSession(): SessionState {
  const [session, setSession] = useState<Session | null>(null);
  const [loadError, setLoadError] = useState<ContractError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    api.getSession({}).then(
      (answer) => active && setSession(answer),
      (error: unknown) => active && setLoadError(contractError(error)),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const run = useCallback(async (call: () => Promise<Session>) => {
    const answer = await call();
    setSession(answer);
    return answer;
  }, []);

  const reload = useCallback(() => {
    setLoadError(null);
    setAttempt((n) => n + 1);
  }, []);

  return { session, loadError, run, reload };
}
