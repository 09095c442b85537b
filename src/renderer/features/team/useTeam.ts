// The team view, asked of the server through main: at once, every 30 seconds, whenever the
// outbox changes (a reassignment landed or was refused) and on demand. Offline, the last answer
// stays on screen with the error that says the view needs the network.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractError } from '../../../shared/contract.ts';
import type { TeamView } from '../../../shared/team.ts';
import type { Reassignment } from '../../../shared/team-view.ts';
import { api, contractError, onEvent } from '../../lib/bridge.ts';
import { type CacheQuery, useCacheQuery } from '../../lib/useCacheQuery.ts';

const REFRESH_MS = 30_000;

export interface TeamQuery {
  view: TeamView | null;
  error: ContractError | null;
  refresh: () => void;
}

export function useTeamView(): TeamQuery {
  const [view, setView] = useState<TeamView | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const active = useRef(true);
  const refresh = useCallback(() => {
    void api.teamView({}).then(
      (answer) => {
        if (!active.current) return;
        setView(answer);
        setError(null);
      },
      (caught: unknown) => {
        if (active.current) setError(contractError(caught));
      },
    );
  }, []);
  useEffect(() => {
    active.current = true;
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    const unsubscribe = onEvent((event) => {
      if (event.type === 'changed' && event.entities.includes('outbox')) refresh();
    });
    return () => {
      active.current = false;
      clearInterval(timer);
      unsubscribe();
    };
  }, [refresh]);
  return { view, error, refresh };
}

const OUTBOX = ['outbox'] as const;

export const useReassignments = (): CacheQuery<Reassignment[]> => useCacheQuery('reassignments', () => api.reassignments({}), OUTBOX);
