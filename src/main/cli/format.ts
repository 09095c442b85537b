// Plain-text rendering for the CLI. Customer text is printed as text, control characters
// stripped, so a hostile message cannot drive the operator's terminal.
import type { CaseSummary } from '../../shared/models.ts';

// eslint-disable-next-line no-control-regex -- the point is to match control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const safeText = (text: string): string => text.replace(CONTROL, '');

export function caseLine(c: CaseSummary): string {
  const cells = [
    `#${c.number}`.padEnd(7),
    c.status.padEnd(16),
    c.priority.padEnd(7),
    c.channel.padEnd(18),
    safeText(c.customerName ?? '?').slice(0, 24).padEnd(24),
    safeText(c.subject).slice(0, 60),
  ];
  return cells.join(' ');
}

/** FTS snippets mark hits with U+0002/U+0003; a terminal shows them as [brackets]. */
export const markHits = (snippet: string): string =>
  safeText(snippet.replaceAll('\u0002', '[').replaceAll('\u0003', ']').replace(/\s+/g, ' '));
