import { useLayoutEffect } from 'react';
import { markCaseRendered } from '../../lib/perf.ts';

/** Ends the case-open measurement once the thread of `caseId` is in the DOM and painted. */
export function useCaseRenderedMark(caseId: string, rendered: boolean): void {
  useLayoutEffect(() => {
    if (rendered) markCaseRendered(caseId);
  }, [caseId, rendered]);
}
