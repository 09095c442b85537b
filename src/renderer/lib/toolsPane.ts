// Which tool the pane beside the case shows (knowledge base, templates or the customer), whether
// the pane is folded away, and requests for it from elsewhere: a shortcut asking to focus its
// search, a suggestion asking to open an article.
import { create } from 'zustand';

export type Tool = 'knowledge' | 'templates' | 'customer';

interface ToolsPaneState {
  tool: Tool;
  /** The pane is folded to a thin rail, leaving its width to the case. */
  collapsed: boolean;
  /** The window is narrower than the three panes need: the pane folds by itself and opens over the case. */
  narrow: boolean;
  /** What the agent chose on a wide window, restored when the window widens again. */
  wideCollapsed: boolean;
  /** Grows on each request to focus the tool's search box; the panel focuses when it changes. */
  focusRequest: number;
  /** The article to show in the knowledge panel, with a counter so asking twice opens it again. */
  articleRequest: { id: string; n: number } | null;
  /** Showing a tool unfolds the pane: asking for it means the agent wants to see it. */
  show: (tool: Tool, focus?: boolean) => void;
  openArticle: (id: string) => void;
  toggleCollapsed: () => void;
  setNarrow: (narrow: boolean) => void;
}

export const useToolsPane = create<ToolsPaneState>()((set) => ({
  tool: 'knowledge',
  collapsed: false,
  narrow: false,
  wideCollapsed: false,
  focusRequest: 0,
  articleRequest: null,
  show: (tool, focus = false) => set((s) => ({ ...unfolded(s), tool, focusRequest: focus ? s.focusRequest + 1 : s.focusRequest })),
  openArticle: (id) => set((s) => ({ ...unfolded(s), tool: 'knowledge', articleRequest: { id, n: (s.articleRequest?.n ?? 0) + 1 } })),
  toggleCollapsed: () => set((s) => ({ collapsed: !s.collapsed, wideCollapsed: s.narrow ? s.wideCollapsed : !s.collapsed })),
  setNarrow: (narrow) => set((s) => {
    if (narrow === s.narrow) return {};
    return narrow ? { narrow, collapsed: true } : { narrow, collapsed: s.wideCollapsed };
  }),
}));

const unfolded = (s: ToolsPaneState) => ({ collapsed: false, wideCollapsed: s.narrow ? s.wideCollapsed : false });
