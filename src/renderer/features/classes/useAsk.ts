// One question to the sandbox server through main (a class lives there, so nothing is cached):
// asked at once, again when `key` changes, on demand, and every `everyMs` while the window is
// visible (the live board), never two at once (one-read.ts). A failed ask keeps the last answer on
// screen beside the error.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractError } from '../../../shared/contract.ts';
import { contractError } from '../../lib/bridge.ts';
import { OneRead } from './one-read.ts';

export interface Asked<T> {
  data: T | null;
  /** When `data` arrived, this computer's epoch ms (the class clock ticks on from there). */
  at: number;
  error: ContractError | null;
  loading: boolean;
  refresh: () => void;
}

export function useAsk<T>(key: string | null, ask: () => Promise<T>, everyMs: number | null = null): Asked<T> {
  const [answer, setAnswer] = useState<{ key: string; data: T | null; at: number; error: ContractError | null } | null>(null);
  // The latest ask, and the key on screen: an answer to an earlier key arriving late is dropped.
  const latest = useRef(ask);
  const current = useRef(key);
  useEffect(() => {
    latest.current = ask;
    current.current = key;
  });
  // The reads of the key on screen, one at a time; a new key starts its own.
  const reads = useRef<{ key: string; reads: OneRead } | null>(null);
  const read = useCallback((how: 'ask' | 'poll') => {
    if (key === null) return;
    if (reads.current?.key !== key) {
      reads.current = { key, reads: new OneRead(() => latest.current().then(
        (data) => current.current === key && setAnswer({ key, data, at: Date.now(), error: null }),
        (error: unknown) => current.current === key && setAnswer((prev) => ({
          key, data: prev?.key === key ? prev.data : null, at: prev?.key === key ? prev.at : 0, error: contractError(error),
        })),
      )) };
    }
    if (how === 'ask') reads.current.reads.ask();
    else reads.current.reads.poll();
  }, [key]);
  const refresh = useCallback(() => read('ask'), [read]);
  useEffect(() => {
    read('ask');
    if (everyMs === null) return undefined;
    const tick = () => {
      if (document.visibilityState === 'visible') read('poll');
    };
    const timer = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [read, everyMs]);
  const mine = answer !== null && answer.key === key;
  return { data: mine ? answer.data : null, at: mine ? answer.at : 0, error: mine ? answer.error : null, loading: key !== null && !mine, refresh };
}
