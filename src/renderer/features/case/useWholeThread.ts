// A long case's whole thread, read after the frame that shows its newest messages and again
// whenever they change. A read on its way is dropped only when the case closes or a later read
// for the same case answered first: changes coming faster than a read answers cannot starve it.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';

interface Answer {
  caseId: string;
  /** The latest whole thread read (null before the first). */
  messages: readonly Message[] | null;
  /** The latest read failed and no later one answered. */
  failed: boolean;
}

export interface WholeThread {
  messages: readonly Message[] | null;
  failed: boolean;
  retry: () => void;
}

/** Reads one case's thread, at most once a frame; `show` gets the newest read to answer. */
export function threadReader(caseId: string, show: (answer: Answer) => void): { read: () => void; close: () => void } {
  let live = true;
  let frame = 0;
  let started = 0;
  let answered = 0;
  let kept: readonly Message[] | null = null;
  const start = () => {
    frame = 0;
    const sequence = ++started;
    api.getCaseThread({ caseId }).then(
      (messages) => {
        if (!live || sequence < answered) return;
        answered = sequence;
        kept = messages;
        show({ caseId, messages, failed: false });
      },
      // Said only while no later read answered; an earlier one may still bring the thread.
      () => { if (live && sequence > answered) show({ caseId, messages: kept, failed: true }); },
    );
  };
  return {
    read: () => { if (live && frame === 0) frame = requestAnimationFrame(start); },
    close: () => {
      live = false;
      cancelAnimationFrame(frame);
    },
  };
}

/** `caseId`: the long case shown (null when its answer holds the whole thread). */
export function useWholeThread(caseId: string | null, newest: readonly Message[]): WholeThread {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const readAgain = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (caseId === null) return;
    const reader = threadReader(caseId, (next) => startTransition(() => setAnswer(next)));
    readAgain.current = reader.read;
    return () => {
      reader.close();
      readAgain.current = () => undefined;
    };
  }, [caseId]);

  // Another answer for the case (its messages changed): its thread is read again.
  useEffect(() => {
    readAgain.current();
  }, [caseId, newest]);

  const retry = useCallback(() => {
    setAnswer((previous) => previous && { ...previous, failed: false });
    readAgain.current();
  }, []);

  // Never another case's thread: an answer is shown only for the case it was read for.
  const current = answer !== null && answer.caseId === caseId ? answer : null;
  return { messages: current?.messages ?? null, failed: current?.failed ?? false, retry };
}
