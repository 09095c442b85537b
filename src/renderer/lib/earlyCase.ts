// The open case's read, started by the click (or key) that opens it rather than once the case
// view has mounted: the main process reads the case while the renderer takes down the last case
// and draws the new one's frame. It is used only if nothing the case is made of changed since it
// started, so an early answer is never an older one.
import type { CaseDetail } from '../../shared/models.ts';
import type { EntityName } from '../../shared/events.ts';
import { api, onEvent } from './bridge.ts';

export const CASE_ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox', 'customer'];

interface Early {
  caseId: string;
  answer: Promise<CaseDetail | null>;
  stop: () => void;
}

let early: Early | null = null;

function forget(): void {
  early?.stop();
  early = null;
}

/** Starts reading `caseId` now; the case view takes the answer when it mounts. */
export function readCaseEarly(caseId: string): void {
  forget();
  const answer = api.getCase({ caseId });
  // A rejection is handled by whoever takes it; one nobody takes must not go unhandled.
  answer.catch(() => undefined);
  const stop = onEvent((event) => {
    if (event.type === 'changed' && event.entities.some((entity) => CASE_ENTITIES.includes(entity))) forget();
  });
  early = { caseId, answer, stop };
}

/** The early read of `caseId` if one is still good, once; null otherwise. */
export function takeEarlyCase(caseId: string): Promise<CaseDetail | null> | null {
  const taken = early?.caseId === caseId ? early.answer : null;
  forget();
  return taken;
}
