import { describe, expect, it } from 'vitest';
import { CASE_CSV_COLUMNS, caseRowsCsv } from './case-csv.ts';
import type { ReportCaseView } from './view.ts';

const row: ReportCaseView = {
  caseId: 'case-1', number: 41, channel: 'whatsapp', agent: 'lucia', team: '=equipo', reason: 'complaint', product: null,
  resolution: 'favour', openedAt: '2026-12-01T10:00:00.000Z', firstResponseAt: '2026-12-01T10:05:00.000Z',
  resolvedAt: '2026-12-01T11:00:00.000Z', messages: 4, autoReplied: 1, filtered: 0, rejected: 0, csat: 5,
};
const headings = Object.fromEntries(CASE_CSV_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<(typeof CASE_CSV_COLUMNS)[number], string>;

describe('the per-case CSV', () => {
  it('has a heading per column of the CLI’s report --csv, in order, and a line per case', () => {
    const lines = caseRowsCsv([row, { ...row, caseId: 'case-2', number: 42, resolution: 'against', resolvedAt: null, csat: null }], headings).split('\r\n');
    expect(lines[0]).toBe('CASE,NUMBER,CHANNEL,AGENT,TEAM,REASON,PRODUCT,FAVOUR,OPENED,FIRSTRESPONSE,RESOLVED,MESSAGES,AUTOREPLIED,FILTERED,CSAT');
    expect(lines[1]).toBe("case-1,41,whatsapp,lucia,'=equipo,complaint,,1,2026-12-01T10:00:00.000Z,2026-12-01T10:05:00.000Z,2026-12-01T11:00:00.000Z,4,1,0,5");
    expect(lines[2]).toBe("case-2,42,whatsapp,lucia,'=equipo,complaint,,0,2026-12-01T10:00:00.000Z,2026-12-01T10:05:00.000Z,,4,1,0,");
    expect(lines).toHaveLength(4); // the last line ends in CRLF too
  });

  it('leaves favour empty for a case not resolved', () => {
    expect(caseRowsCsv([{ ...row, resolution: null }], headings).split('\r\n')[1]?.split(',')[7]).toBe('');
  });
});
