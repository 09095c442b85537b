// The inbox as a virtualised listbox (TanStack Virtual): only the rows in view exist in the
// DOM, and only they (with a margin) are read from main, so 10 000 cases come up and scroll
// quickly. A row scrolled to before it is read holds its place, empty, until it arrives.
// Keys: j/k anywhere, arrows/Home/End on the list.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxWindow } from '../../../shared/models.ts';
import { useAfterPaint } from '../../lib/afterPaint.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { markWindowUp } from '../../lib/perf.ts';
import { useServerNow } from '../../lib/useServerNow.ts';
import { openCase } from './actions.ts';
import { InboxRow, ROW_HEIGHT } from './CaseRow.tsx';
import { useInboxStore } from './inboxStore.ts';
import { useInboxKeys } from './useInboxKeys.ts';

const LIST_KEYS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

interface InboxListProps {
  window: InboxWindow;
  /** The rows from `first` to `last` are in view (or about to be). */
  onShowing: (first: number, last: number) => void;
}

export function InboxList({ window: shown, onShowing }: InboxListProps) {
  const { ids, offset, rows } = shown;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const selectedId = useInboxStore((state) => state.selectedId);
  const openId = useInboxStore((state) => state.openId);
  const focusRequested = useInboxStore((state) => state.focusRequested);
  const focusDone = useInboxStore((state) => state.focusDone);
  const now = useServerNow(30_000);
  const formatters = useFormatters();
  const painted = useAfterPaint(true);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser the architecture chose; this component does not rely on memoising its result
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows beyond the view are drawn once the window has been painted: until then, each one drawn
    // would hold up the first frame (a cold page draws a row in milliseconds, not microseconds).
    overscan: painted ? 8 : 0,
    // A pixel to spare below the last row: the scroller's height is often fractional, and a row
    // scrolled to its bottom edge would be cut by a fraction of a pixel.
    paddingEnd: 1,
    scrollPaddingEnd: 1,
    getItemKey: (index) => ids[index] ?? index,
  });
  const scrollTo = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  const { move } = useInboxKeys(ids, scrollTo);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => onShowing(first, last), [onShowing, first, last]);
  const rowsShown = items.filter((item) => rows[item.index - offset] !== undefined).length;
  useLayoutEffect(() => {
    if (rowsShown > 0) markWindowUp();
  }, [rowsShown]);

  const onListKey = (event: KeyboardEvent) => {
    const delta = LIST_KEYS[event.key];
    if (delta === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move(Number.isFinite(delta) ? delta : delta * ids.length);
  };

  // The list itself takes Tab only while the selected row is not drawn (scrolled away, or not
  // read yet): a drawn selected row takes it instead, so the list is always reachable.
  const hasSelection = selectedId !== null && items.some((item) => ids[item.index] === selectedId && rows[item.index - offset]?.id === selectedId);
  return (
    <div ref={scroller} className="inbox-scroll">
      <div role="listbox" aria-label={t('inbox.listLabel')} className="inbox-list" data-testid="inbox-list"
        tabIndex={hasSelection ? -1 : 0} onKeyDown={onListKey} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const id = ids[item.index] ?? '';
          // Not read yet (undefined): its place, kept out of the accessibility tree until the row arrives.
          const read = rows[item.index - offset];
          const summary = read?.id === id ? read : undefined;
          return (
            <InboxRow key={item.key} summary={summary} position={item.index + 1} total={ids.length} start={item.start}
              selected={id === selectedId} open={id === openId} focusWanted={focusRequested}
              now={now} formatters={formatters} onOpen={openCase} onFocused={focusDone} />
          );
        })}
      </div>
    </div>
  );
}
