// The reply being written for one case, kept in the local cache (saveDraft, debounced ~400 ms,
// and at once when the case changes, the composer closes or the window goes away), restored
// with getDraft, so a draft survives a case switch and a restart.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/bridge.ts';

const SAVE_DELAY_MS = 400;

interface Draft {
  caseId: string;
  text: string;
  /** The saved draft has arrived, or the agent typed first (then their text wins). */
  loaded: boolean;
}

export interface DraftState {
  text: string;
  loaded: boolean;
  setText: (text: string) => void;
  /** After a send: main already cleared the saved draft, so only the box is emptied. */
  clear: () => void;
  /** A send starts: a save still waiting must not bring the sent text back as a draft. */
  hold: () => void;
}

export function useDraft(caseId: string): DraftState {
  const [draft, setDraft] = useState<Draft>({ caseId, text: '', loaded: false });
  const pending = useRef<{ caseId: string; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const save = pending.current;
    pending.current = null;
    if (save) void api.saveDraft(save).catch(() => undefined); // best effort: the text is still on screen
  }, []);

  useEffect(() => {
    let active = true;
    api.getDraft({ caseId }).then(
      (text) => active && setDraft((prev) => (prev.caseId === caseId && prev.loaded ? prev : { caseId, text, loaded: true })),
      () => active && setDraft((prev) => (prev.caseId === caseId && prev.loaded ? prev : { caseId, text: '', loaded: true })),
    );
    window.addEventListener('pagehide', flush);
    return () => {
      active = false;
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [caseId, flush]);

  const setText = useCallback((text: string) => {
    setDraft({ caseId, text, loaded: true });
    pending.current = { caseId, text };
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [caseId, flush]);

  const hold = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
  }, []);

  const clear = useCallback(() => {
    hold();
    setDraft({ caseId, text: '', loaded: true });
  }, [caseId, hold]);

  const current = draft.caseId === caseId;
  return { text: current ? draft.text : '', loaded: current && draft.loaded, setText, clear, hold };
}
