// Requests from elsewhere: a shortcut asking to focus the search (`b`, Ctrl/Cmd+K) and a
// suggestion asking to open an article. Both are counters in the tools pane's store, which
// outlives this panel (it unmounts with its tab), so the last ones handled are remembered here:
// switching back to this tab must not replay an old request, while the request that switched
// to it is still acted on.
import { useEffect, useEffectEvent } from 'react';
import { useToolsPane } from '../../lib/toolsPane.ts';

let handledFocus = 0;
let handledArticle = 0;

interface Handlers {
  focusSearch: () => void;
  openArticle: (id: string) => void;
}

export function usePaneRequests(focusRequest: number, handlers: Handlers): void {
  const articleRequest = useToolsPane((s) => s.articleRequest);
  const focusSearch = useEffectEvent(handlers.focusSearch);
  const openArticle = useEffectEvent(handlers.openArticle);

  useEffect(() => {
    if (focusRequest > handledFocus) focusSearch();
    handledFocus = focusRequest;
  }, [focusRequest]);

  useEffect(() => {
    if (!articleRequest || articleRequest.n <= handledArticle) return;
    handledArticle = articleRequest.n;
    openArticle(articleRequest.id);
  }, [articleRequest]);

  // A request made while another tab shows (`t` for the templates) was not meant for this panel.
  useEffect(() => () => {
    handledFocus = useToolsPane.getState().focusRequest;
  }, []);
}
