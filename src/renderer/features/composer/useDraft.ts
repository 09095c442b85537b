// The reply being written for one case, kept in the local cache (saveDraft, debounced ~400 ms,
// and at once when the case changes, the composer closes or the window goes away), restored
// with getDraft, so a draft survives a case switch and a restart. What the text was made from
// (templates, articles, fields still to fill) is kept with it: a restored draft still blocks
// sending while a field is unfilled, and the reply still records its sources.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/contract.ts';
import { api } from '../../lib/bridge.ts';
import { joinDrafts } from './joinDrafts.ts';

const SAVE_DELAY_MS = 400;

export const EMPTY_DRAFT: Draft = { text: '', templates: [], articles: [], holes: [] };

interface Held extends Draft {
  caseId: string;
  /** The saved draft has arrived, or the agent typed first (then their text wins). */
  loaded: boolean;
}

export interface DraftState {
  draft: Draft;
  loaded: boolean;
  /** Replaces the draft (text and sources) and schedules its save. */
  update: (draft: Draft) => void;
  /** After a send: main already cleared the saved draft, so only the box is emptied. */
  clear: () => void;
  /** A send starts: a save still waiting must not bring the sent text back as a draft. */
  hold: () => void;
}

export function useDraft(caseId: string): DraftState {
  const [held, setHeld] = useState<Held>({ caseId, ...EMPTY_DRAFT, loaded: false });
  const pending = useRef<({ caseId: string } & Draft) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const save = pending.current;
    pending.current = null;
    if (save) void api.saveDraft(save).catch(() => undefined); // best effort: the text is still on screen
  }, []);

  useEffect(() => {
    let active = true;
    // The box takes keys at once; if the agent typed before the saved draft arrived, both are
    // kept (the saved text first) and saved together, so neither is lost.
    const arrive = (saved: Draft) =>
      active && setHeld((prev) => {
        if (prev.caseId !== caseId || !prev.loaded) return { caseId, ...saved, loaded: true };
        if (saved.text.trim() === '') return prev;
        const merged = joinDrafts(saved, prev);
        pending.current = { caseId, ...merged };
        return { caseId, ...merged, loaded: true };
      });
    api.getDraft({ caseId }).then(arrive, () => arrive(EMPTY_DRAFT));
    window.addEventListener('pagehide', flush);
    return () => {
      active = false;
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [caseId, flush]);

  const update = useCallback((draft: Draft) => {
    setHeld({ caseId, ...draft, loaded: true });
    pending.current = { caseId, ...draft };
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [caseId, flush]);

  const hold = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
  }, []);

  const clear = useCallback(() => {
    hold();
    setHeld({ caseId, ...EMPTY_DRAFT, loaded: true });
  }, [caseId, hold]);

  const current = held.caseId === caseId;
  const { text, templates, articles, holes } = current ? held : { ...EMPTY_DRAFT };
  return { draft: { text, templates, articles, holes }, loaded: current && held.loaded, update, clear, hold };
}
