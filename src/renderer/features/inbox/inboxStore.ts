// The inbox's UI state: filters, sort, search words, which row is selected and which case is
// open. Case data itself is never stored here; useInbox reads it from the cache.
import { create } from 'zustand';
import type { InboxSort } from '../../../shared/contract.ts';
import type { CaseStatus, Channel, Priority } from '../../../shared/domain.ts';

export interface InboxFilters {
  status: CaseStatus | null;
  channel: Channel | null;
  priority: Priority | null;
  search: string;
  sort: InboxSort;
}

/** The work queue, or the cases the noise filter took out of it. */
export type InboxView = 'queue' | 'filtered';

interface InboxState extends InboxFilters {
  view: InboxView;
  selectedId: string | null;
  openId: string | null;
  /** Set when keys moved the selection: the selected row takes focus once it is rendered. */
  focusRequested: boolean;
  setView: (view: InboxView) => void;
  setFilters: (patch: Partial<InboxFilters>) => void;
  clearFilters: () => void;
  select: (id: string, focus: boolean) => void;
  open: (id: string) => void;
  close: () => void;
  focusDone: () => void;
  reset: () => void;
}

const NO_FILTERS: InboxFilters = { status: null, channel: null, priority: null, search: '', sort: 'priority' };
const NOTHING_OPEN = { selectedId: null, openId: null, focusRequested: false };

export const useInboxStore = create<InboxState>()((set) => ({
  ...NO_FILTERS,
  ...NOTHING_OPEN,
  view: 'queue',
  setView: (view) => set({ view }),
  setFilters: (patch) => set(patch),
  clearFilters: () => set((state) => ({ ...NO_FILTERS, sort: state.sort })),
  select: (id, focus) => set({ selectedId: id, focusRequested: focus }),
  open: (id) => set({ selectedId: id, openId: id }),
  close: () => set((state) => ({ openId: null, selectedId: state.openId ?? state.selectedId, focusRequested: true })),
  focusDone: () => set({ focusRequested: false }),
  reset: () => set({ ...NO_FILTERS, ...NOTHING_OPEN, view: 'queue' }),
}));

export const isFiltered = (filters: InboxFilters): boolean =>
  filters.status !== null || filters.channel !== null || filters.priority !== null || filters.search.trim() !== '';
