// Performance marks for the case-open benchmark: 'case-open-start' when the agent asks to open a
// case (click or Enter), 'case-rendered' and the 'case-open' measure once its thread is on screen.
let pending: string | null = null;

export function markCaseOpenStart(caseId: string): void {
  pending = caseId;
  performance.mark('case-open-start', { detail: { caseId } });
}

/**
 * Call once the thread of `caseId` is in the DOM (a layout effect). The measure ends after the
 * next frame has been painted (a frame callback, then a task), so style, layout and paint of
 * the thread count too; one measure per open.
 */
export function markCaseRendered(caseId: string): void {
  if (pending !== caseId) return;
  pending = null;
  requestAnimationFrame(() => {
    setTimeout(() => {
      performance.mark('case-rendered', { detail: { caseId } });
      performance.measure('case-open', { start: 'case-open-start', end: 'case-rendered', detail: { caseId } });
    }, 0);
  });
}
