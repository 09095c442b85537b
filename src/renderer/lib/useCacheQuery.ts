// Reads something from the local cache through the contract and reads it again whenever main
// says one of `entities` changed. Bursts of events (an initial sync emits one per page) are
// coalesced: while a read runs, further events only ask for one more read after it. A long list
// can re-read in two steps: first what is on screen, merged into what was shown, then the whole.
import { useEffect, useEffectEvent, useState } from 'react';
import type { ContractError } from '../../shared/contract.ts';
import type { EntityName } from '../../shared/events.ts';
import { contractError, onEvent } from './bridge.ts';

export interface CacheQuery<T> {
  /** The last answer for the current key; undefined until it arrives. */
  data: T | undefined;
  error: ContractError | null;
  /** True until the first answer for the current key arrives. */
  loading: boolean;
}

/**
 * `first(shown)` answers quickly from what was shown (the top of a long list read again and put
 * over it), or null when the whole read is as quick; the whole read follows it either way.
 */
export type FirstStep<T> = (shown: T) => Promise<T | null> | null;

interface Answer<T> {
  key: string;
  data: T | undefined;
  error: ContractError | null;
}

/** `key` names what `read` asks for: a new key reads at once; `read` is always the latest one. */
export function useCacheQuery<T>(key: string, read: () => Promise<T>, entities: readonly EntityName[], first?: FirstStep<T>): CacheQuery<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const readLatest = useEffectEvent(read);
  const firstLatest = useEffectEvent((shown: T) => first?.(shown) ?? null);

  useEffect(() => {
    let active = true;
    let running = false;
    let again = false;
    /** What this key last showed: a first step is put over it. */
    let shown: { data: T } | null = null;
    const show = (data: T) => {
      if (!active) return;
      shown = { data };
      setAnswer({ key, data, error: null });
    };
    /** The first step's answer, when there is one; a failed one is left to the whole read to report. */
    const firstStep = async (): Promise<void> => {
      const quick = shown ? firstLatest(shown.data) : null;
      if (!quick) return;
      const data = await quick.catch(() => null);
      if (data !== null) show(data);
    };
    const load = (): void => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      firstStep()
        .then(() => readLatest())
        .then(
          show,
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
    load();
    const unsubscribe = onEvent((event) => {
      if (event.type === 'changed' && event.entities.some((entity) => entities.includes(entity))) load();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [key, entities]);

  // An answer for another key is still shown by callers that want continuity (the inbox keeps
  // its rows while a new filter loads), so it is returned with `loading` set.
  const current = answer?.key === key;
  return { data: answer?.data, error: current ? answer.error : null, loading: !current };
}
