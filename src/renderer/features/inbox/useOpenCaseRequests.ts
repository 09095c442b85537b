import { useEffect } from 'react';
import { onEvent } from '../../lib/bridge.ts';
import { openCase } from './actions.ts';

/** Opens the case main asks for, e.g. when the agent clicks its notification. */
export function useOpenCaseRequests(): void {
  useEffect(() => onEvent((event) => {
    if (event.type === 'open-case') openCase(event.caseId);
  }), []);
}
