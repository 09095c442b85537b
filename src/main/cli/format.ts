// Plain-text rendering for the CLI. Customer text is printed as text, control characters
// stripped, so a hostile message cannot drive the operator's terminal.
import { BIDI_CONTROL_RANGES, neutraliseBidi } from '../../shared/bidi.ts';
import type { CaseSummary } from '../../shared/models.ts';
import { PURGED_TEXT } from '../../shared/retention.ts';

// eslint-disable-next-line no-control-regex -- the point is to match control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Without terminal controls, and without the bidi controls the console removes too. */
export const safeText = (text: string): string => neutraliseBidi(text).replace(CONTROL, '');

// JSON escapes only C0 controls; DEL, C1 and bidi overrides would still reach the terminal.
const UNESCAPED = new RegExp(`[\\u007f-\\u009f${BIDI_CONTROL_RANGES}]`, 'g');

/** Pretty JSON whose every character is inert in a terminal; parsers read it unchanged. */
export const safeJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(UNESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';

export function caseLine(c: CaseSummary): string {
  const cells = [
    `#${c.number}`.padEnd(7),
    c.status.padEnd(16),
    c.priority.padEnd(7),
    c.channel.padEnd(18),
    safeText(c.customerName ?? '?').slice(0, 24).padEnd(24),
    c.purged ? `(${PURGED_TEXT.es})` : safeText(c.subject).slice(0, 60),
  ];
  return cells.join(' ');
}

/** FTS snippets mark hits with U+0002/U+0003; a terminal shows them as [brackets]. */
export const markHits = (snippet: string): string =>
  safeText(snippet.replaceAll('\u0002', '[').replaceAll('\u0003', ']').replace(/\s+/g, ' '));
