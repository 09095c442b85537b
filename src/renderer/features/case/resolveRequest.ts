// Which case's resolve dialog is open. A store, not the state buttons' own state, because the
// reply box asks for it too (Ctrl/Cmd+Shift+Enter sends, then resolves).
import { create } from 'zustand';

interface ResolveRequestState {
  caseId: string | null;
  ask: (caseId: string) => void;
  done: () => void;
}

export const useResolveRequest = create<ResolveRequestState>()((set) => ({
  caseId: null,
  ask: (caseId) => set({ caseId }),
  done: () => set({ caseId: null }),
}));
