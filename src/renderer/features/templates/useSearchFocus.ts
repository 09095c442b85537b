// The `t` shortcut shows the templates and asks to focus their search box. The focus request is
// one counter shared by the pane's tools, so whether it was meant for the templates is noted as
// it is made: switching to this tab by hand later never pulls focus away from the tabs.
import { useEffect, useEffectEvent } from 'react';
import { useToolsPane } from '../../lib/toolsPane.ts';

let wanted = false;
useToolsPane.subscribe((state, previous) => {
  if (state.focusRequest !== previous.focusRequest) wanted = state.tool === 'templates';
});

export function useSearchFocus(focusRequest: number, focus: () => void): void {
  const focusNow = useEffectEvent(focus);
  useEffect(() => {
    if (focusRequest > 0 && wanted) {
      wanted = false;
      focusNow();
    }
  }, [focusRequest]);
}
