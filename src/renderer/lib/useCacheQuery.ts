// Reads something from the local cache through the contract and reads it again whenever main
// says one of `entities` changed. Bursts of events (an initial sync emits one per page) are
// coalesced: while a read runs, further events only ask for one more read after it. A caller
// whose read depends on more than its key (the inbox's rows in view) asks for a read again.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ContractError } from '../../shared/contract.ts';
import type { EntityName } from '../../shared/events.ts';
import { contractError, onEvent } from './bridge.ts';

export interface CacheQuery<T> {
  /** The last answer for the current key; undefined until it arrives. */
  data: T | undefined;
  error: ContractError | null;
  /** True until the first answer for the current key arrives. */
  loading: boolean;
  /** Reads again now (or once more after the read under way), e.g. when what `read` asks for moved. */
  reload: () => void;
}

interface Answer<T> {
  key: string;
  data: T | undefined;
  error: ContractError | null;
}

/** `key` names what `read` asks for: a new key reads at once; `read` is always the latest one. */
export function useCacheQuery<T>(key: string, read: () => Promise<T>, entities: readonly EntityName[]): CacheQuery<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const readLatest = useEffectEvent(read);
  const loadCurrent = useRef<() => void>(() => undefined);

  useEffect(() => {
    let active = true;
    let running = false;
    let again = false;
    const load = (): void => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      readLatest()
        .then(
          (data) => active && setAnswer({ key, data, error: null }),
          (error: unknown) => active && setAnswer((prev) => ({ key, data: prev?.key === key ? prev.data : undefined, error: contractError(error) })),
        )
        .finally(() => {
          running = false;
          if (active && again) {
            again = false;
            load();
          }
        });
    };
    loadCurrent.current = load;
    load();
    const unsubscribe = onEvent((event) => {
      if (event.type === 'changed' && event.entities.some((entity) => entities.includes(entity))) load();
    });
    return () => {
      active = false;
      loadCurrent.current = () => undefined;
      unsubscribe();
    };
  }, [key, entities]);
  const reload = useCallback(() => loadCurrent.current(), []);

  // An answer for another key is still shown by callers that want continuity (the inbox keeps
  // its rows while a new filter loads), so it is returned with `loading` set.
  const current = answer?.key === key;
  return { data: answer?.data, error: current ? answer.error : null, loading: !current, reload };
}
