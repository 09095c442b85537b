// The inbox's UI state: filters, sort, search words, which row is selected and which case is
// open. Case data itself is never stored here; useInbox reads it from the cache.
import { create } from 'zustand';
import type { ContractError, InboxSort, InboxView } from '../../../shared/contract.ts';
import type { CaseStatus, Channel, Priority } from '../../../shared/domain.ts';

export interface InboxFilters {
  status: CaseStatus | null;
  channel: Channel | null;
  priority: Priority | null;
  search: string;
  sort: InboxSort;
}

/** Why `n` opened nothing: every other case is answered, or the queue could not be read. */
export type InboxNotice = { kind: 'noneWaiting' } | { kind: 'nextFailed'; error: ContractError };

interface InboxState extends InboxFilters {
  view: InboxView;
  selectedId: string | null;
  openId: string | null;
  /** Set when keys moved the selection: the selected row takes focus once it is rendered. */
  focusRequested: boolean;
  notice: InboxNotice | null;
  setView: (view: InboxView) => void;
  setFilters: (patch: Partial<InboxFilters>) => void;
  clearFilters: () => void;
  select: (id: string, focus: boolean) => void;
  open: (id: string) => void;
  close: () => void;
  focusDone: () => void;
  setNotice: (notice: InboxNotice | null) => void;
  reset: () => void;
}

const NO_FILTERS: InboxFilters = { status: null, channel: null, priority: null, search: '', sort: 'priority' };
const NOTHING_OPEN = { selectedId: null, openId: null, focusRequested: false, notice: null };

export const useInboxStore = create<InboxState>()((set) => ({
  ...NO_FILTERS,
  ...NOTHING_OPEN,
  view: 'queue',
  setView: (view) => set({ view }),
  setFilters: (patch) => set(patch),
  clearFilters: () => set((state) => ({ ...NO_FILTERS, sort: state.sort })),
  select: (id, focus) => set({ selectedId: id, focusRequested: focus }),
  open: (id) => set({ selectedId: id, openId: id, notice: null }),
  close: () => set((state) => ({ openId: null, selectedId: state.openId ?? state.selectedId, focusRequested: true })),
  focusDone: () => set({ focusRequested: false }),
  setNotice: (notice) => set({ notice }),
  reset: () => set({ ...NO_FILTERS, ...NOTHING_OPEN, view: 'queue' }),
}));

export const isFiltered = (filters: InboxFilters): boolean =>
  filters.status !== null || filters.channel !== null || filters.priority !== null || filters.search.trim() !== '';
