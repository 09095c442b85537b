import { useLayoutEffect } from 'react';
import { useToolsPane } from '../../lib/toolsPane.ts';

/** Below this width the case, the inbox and the tools do not fit side by side (layout.css agrees). */
export const NARROW_QUERY = '(max-width: 1279.98px)';

/** Folds the tools pane while the window is narrow, before the first paint. */
export function useNarrowWindow(): void {
  useLayoutEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const apply = () => useToolsPane.getState().setNarrow(query.matches);
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, []);
}
