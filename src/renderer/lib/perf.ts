// Performance marks for the case-open benchmark: 'case-open-start' when the agent asks to open a
// case (click or Enter), 'case-rendered' and the 'case-open' measure once its thread is on screen.
let pending: string | null = null;

export function markCaseOpenStart(caseId: string): void {
  pending = caseId;
  performance.mark('case-open-start', { detail: { caseId } });
}

/** Call after the thread of `caseId` has rendered (a layout effect); measures once per open. */
export function markCaseRendered(caseId: string): void {
  if (pending !== caseId) return;
  pending = null;
  performance.mark('case-rendered', { detail: { caseId } });
  performance.measure('case-open', { start: 'case-open-start', end: 'case-rendered', detail: { caseId } });
}
