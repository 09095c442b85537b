// Which tool the pane beside the case shows (knowledge base, templates or the customer), and requests for it
// from elsewhere: a shortcut asking to focus its search, a suggestion asking to open an article.
import { create } from 'zustand';

export type Tool = 'knowledge' | 'templates' | 'customer';

interface ToolsPaneState {
  tool: Tool;
  /** Grows on each request to focus the tool's search box; the panel focuses when it changes. */
  focusRequest: number;
  /** The article to show in the knowledge panel, with a counter so asking twice opens it again. */
  articleRequest: { id: string; n: number } | null;
  /** The pane folded away, leaving the case more room (the `l` key). */
  collapsed: boolean;
  show: (tool: Tool, focus?: boolean) => void;
  openArticle: (id: string) => void;
  toggleCollapsed: () => void;
}

export const useToolsPane = create<ToolsPaneState>()((set) => ({
  tool: 'knowledge',
  focusRequest: 0,
  articleRequest: null,
  collapsed: false,
  show: (tool, focus = false) => set((s) => ({ tool, focusRequest: focus ? s.focusRequest + 1 : s.focusRequest })),
  openArticle: (id) => set((s) => ({ tool: 'knowledge', articleRequest: { id, n: (s.articleRequest?.n ?? 0) + 1 } })),
  toggleCollapsed: () => set((s) => ({ collapsed: !s.collapsed })),
}));
