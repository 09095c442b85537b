// The knowledge panel's UI state, kept while the agent switches tabs or cases: the words
// searched, the result under the arrow keys, and the article open.
import { create } from 'zustand';

interface KnowledgeState {
  query: string;
  /** The highlighted result (↑/↓ from the search box). */
  active: number;
  /** The article shown instead of the results; null for the results. */
  articleId: string | null;
  /** New words: back to the results, from the top. */
  setQuery: (query: string) => void;
  setActive: (active: number) => void;
  open: (id: string) => void;
  back: () => void;
}

const NOTHING_SEARCHED = { query: '', active: 0, articleId: null };

export const useKnowledgeStore = create<KnowledgeState>()((set) => ({
  ...NOTHING_SEARCHED,
  setQuery: (query) => set({ query, active: 0, articleId: null }),
  setActive: (active) => set({ active }),
  open: (id) => set({ articleId: id }),
  back: () => set({ articleId: null }),
}));

/** A profile switch or sign-out: the next agent must not see what this one searched. */
export function resetKnowledge(): void {
  useKnowledgeStore.setState(NOTHING_SEARCHED);
}
