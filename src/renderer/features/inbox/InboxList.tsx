// The inbox as a virtualised listbox (TanStack Virtual): only the rows in view exist in the
// DOM, so 10 000 cases scroll smoothly. Keys: j/k anywhere, arrows/Home/End on the list.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/models.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { markWindowUp } from '../../lib/perf.ts';
import { useServerNow } from '../../lib/useServerNow.ts';
import { openCase } from './actions.ts';
import { CaseRow, ROW_HEIGHT } from './CaseRow.tsx';
import { useInboxStore } from './inboxStore.ts';
import { useInboxKeys } from './useInboxKeys.ts';

const LIST_KEYS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

export function InboxList({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const selectedId = useInboxStore((state) => state.selectedId);
  const openId = useInboxStore((state) => state.openId);
  const focusRequested = useInboxStore((state) => state.focusRequested);
  const focusDone = useInboxStore((state) => state.focusDone);
  const now = useServerNow(30_000);
  const formatters = useFormatters();

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser the architecture chose; this component does not rely on memoising its result
  const virtualizer = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => cases[index]?.id ?? index,
  });
  const scrollTo = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  const { move } = useInboxKeys(cases, scrollTo);
  const rowsShown = virtualizer.getVirtualItems().length;
  useLayoutEffect(() => {
    if (rowsShown > 0) markWindowUp();
  }, [rowsShown]);

  const onListKey = (event: KeyboardEvent) => {
    const delta = LIST_KEYS[event.key];
    if (delta === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move(Number.isFinite(delta) ? delta : delta * cases.length);
  };

  const hasSelection = cases.some((c) => c.id === selectedId);
  return (
    <div ref={scroller} className="inbox-scroll">
      <div role="listbox" aria-label={t('inbox.listLabel')} className="inbox-list" data-testid="inbox-list"
        tabIndex={hasSelection ? -1 : 0} onKeyDown={onListKey} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const summary = cases[item.index];
          if (!summary) return null;
          return (
            <CaseRow key={summary.id} summary={summary} position={item.index + 1} total={cases.length} start={item.start}
              selected={summary.id === selectedId} open={summary.id === openId} focusWanted={focusRequested}
              now={now} formatters={formatters} onOpen={openCase} onFocused={focusDone} />
          );
        })}
      </div>
    </div>
  );
}
