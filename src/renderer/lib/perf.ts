// Performance marks for the benchmarks (`npm run bench`): a measure runs from the moment the user
// asks for something to the first frame painted with it. 'case-open': a click or Enter on a case →
// its thread on screen. 'report-open': a new period, grouping or audience on the reports page →
// that report's figures, charts and tables on screen. 'window-up': the page starting to load →
// the inbox painted with its rows, once per page.
import { useLayoutEffect } from 'react';
import { afterPaint } from './afterPaint.ts';

export type MeasureName = 'case-open' | 'report-open';

/** What each measure waits for; one measure per ask. */
const pending = new Map<MeasureName, string>();

export function markAsked(name: MeasureName, id = ''): void {
  pending.set(name, id);
  performance.mark(`${name}-asked`, { detail: { id } });
}

/** Marks when the data asked for arrived, so a bench can tell waiting from drawing. */
export function markAnswered(name: MeasureName, id = ''): void {
  if (pending.get(name) === id) performance.mark(`${name}-answered`, { detail: { id } });
}

/**
 * Call once what `id` names is in the DOM (a layout effect). The measure ends after the next
 * frame has been painted (a frame callback, then a task), so style, layout and paint count too.
 */
export function markPainted(name: MeasureName, id = ''): void {
  if (pending.get(name) !== id) return;
  pending.delete(name);
  afterPaint(() => {
    performance.mark(`${name}-painted`, { detail: { id } });
    performance.measure(name, { start: `${name}-asked`, end: `${name}-painted`, detail: { id } });
  });
}

let windowUp = false;

/** Call once the inbox's rows are in the DOM (a layout effect); only the page's first call counts. */
export function markWindowUp(): void {
  if (windowUp) return;
  windowUp = true;
  // From the navigation's start (the time origin) to the frame painted with the rows.
  afterPaint(() => performance.measure('window-up', { start: 0, end: performance.now() }));
}

/** Ends the measure once `rendered` holds after a commit. */
export function usePaintedMark(name: MeasureName, id: string, rendered: boolean): void {
  useLayoutEffect(() => {
    if (rendered) markPainted(name, id);
  }, [name, id, rendered]);
}
