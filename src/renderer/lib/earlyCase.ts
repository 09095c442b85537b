// The open case's read, started by the click (or key) that opens it rather than once the case
// view has mounted: the main process reads the case while the renderer is still showing the last
// one. It is used only if nothing the case is made of changed since it started, so an early
// answer is never an older one.
import type { CaseDetail } from '../../shared/models.ts';
import type { EntityName } from '../../shared/events.ts';
import { api, onEvent } from './bridge.ts';

export const CASE_ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox', 'customer'];

interface Early {
  caseId: string;
  answer: Promise<CaseDetail | null>;
  /** Set once the answer arrived, so the case view can draw it in its first render. */
  arrived: { detail: CaseDetail | null } | null;
  stop: () => void;
}

let early: Early | null = null;

function forget(): void {
  early?.stop();
  early = null;
}

/**
 * Starts reading `caseId` now; the case view takes the answer when it mounts. Resolves once the
 * read is over, whether it succeeded or not.
 */
export function readCaseEarly(caseId: string): Promise<void> {
  forget();
  const answer = api.getCase({ caseId });
  const stop = onEvent((event) => {
    if (event.type === 'changed' && event.entities.some((entity) => CASE_ENTITIES.includes(entity))) forget();
  });
  const entry: Early = { caseId, answer, arrived: null, stop };
  early = entry;
  // A rejection is handled by whoever takes the answer; one nobody takes must not go unhandled.
  return answer.then((detail) => { entry.arrived = { detail }; }, () => undefined);
}

/** The early read of `caseId` if one is still good, once; null otherwise. */
export function takeEarlyCase(caseId: string): Promise<CaseDetail | null> | null {
  const taken = early?.caseId === caseId ? early.answer : null;
  forget();
  return taken;
}

/**
 * The early answer for `caseId` if it has arrived and is still good, without taking it: a view
 * drawn from it takes it (`takeEarlyCase`) once mounted, which also tells it nothing changed since.
 */
export function arrivedEarlyCase(caseId: string): { detail: CaseDetail | null } | null {
  return early?.caseId === caseId ? early.arrived : null;
}
