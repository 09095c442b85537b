// The figures the reports page lists, each with how it reads (a count, a duration, a share, a
// score) and what its drill-down narrows to. Formatting is here, pure, so it is tested alone.
import type { ContactReason } from '../../../shared/domain.ts';
import type { ReportFiguresView } from '../../../shared/reports/view.ts';

export type FigureKind = 'count' | 'seconds' | 'ratio' | 'decimal';

export type FigureKey =
  | 'cases' | 'resolved' | 'serviceLevel' | 'firstResponse' | 'firstResponseP90' | 'handling' | 'response' | 'fcr'
  | 'messagesPerCase' | 'complaints' | 'autoReplied' | 'filtered' | 'rejected' | 'peerAnswered' | 'callsAvoided'
  | 'occupancy' | 'quality' | 'csatScore' | 'csatAnswered' | 'csatNegative';

export interface Figure {
  key: FigureKey;
  kind: FigureKind;
  value: (report: ReportFiguresView) => number | null;
  /** The cases behind it, when they are a subset of the period's. */
  reason?: ContactReason;
}

/** Service level over every channel: the first responses within their channel's target. */
export function overallServiceLevel(report: ReportFiguresView): number | null {
  const levels = Object.values(report.serviceLevel);
  const total = levels.reduce((n, l) => n + l.total, 0);
  return total === 0 ? null : levels.reduce((n, l) => n + l.within, 0) / total;
}

export const FIGURES: readonly Figure[] = [
  { key: 'cases', kind: 'count', value: (r) => r.cases },
  { key: 'resolved', kind: 'count', value: (r) => r.resolved },
  { key: 'serviceLevel', kind: 'ratio', value: overallServiceLevel },
  { key: 'firstResponse', kind: 'seconds', value: (r) => r.firstResponse.avgSeconds },
  { key: 'firstResponseP90', kind: 'seconds', value: (r) => r.firstResponse.p90Seconds },
  { key: 'handling', kind: 'seconds', value: (r) => r.handling.avgSeconds },
  { key: 'response', kind: 'seconds', value: (r) => r.response.avgSeconds },
  { key: 'fcr', kind: 'ratio', value: (r) => r.fcr.ratio },
  { key: 'messagesPerCase', kind: 'decimal', value: (r) => r.messagesPerCase },
  { key: 'complaints', kind: 'count', value: (r) => r.complaints, reason: 'complaint' },
  { key: 'autoReplied', kind: 'count', value: (r) => r.autoReplied },
  { key: 'filtered', kind: 'count', value: (r) => r.filtered },
  { key: 'rejected', kind: 'count', value: (r) => r.rejected },
  { key: 'peerAnswered', kind: 'count', value: (r) => r.peerAnswered },
  { key: 'callsAvoided', kind: 'count', value: (r) => r.callsAvoided },
  { key: 'occupancy', kind: 'ratio', value: (r) => r.occupancy.ratio },
  { key: 'quality', kind: 'decimal', value: (r) => r.quality.avgScore },
  { key: 'csatScore', kind: 'decimal', value: (r) => r.csat.score },
  { key: 'csatAnswered', kind: 'count', value: (r) => r.csat.answered },
  { key: 'csatNegative', kind: 'count', value: (r) => r.csat.negative },
];

/** "45 s", "12 min", "1 h 05 min": a duration as a supervisor reads it. */
export function durationText(seconds: number): string {
  const whole = Math.round(Math.abs(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function figureText(kind: FigureKind, value: number | null, locale: string): string {
  if (value === null) return '—';
  switch (kind) {
    case 'count': return new Intl.NumberFormat(locale).format(value);
    case 'seconds': return durationText(value);
    case 'ratio': return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'decimal': return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}

/** The change since the previous period, signed: shares move in percentage points ("+5 pp"). */
export function deltaText(kind: FigureKind, change: number | null, locale: string): string {
  if (change === null) return '—';
  if (change === 0) return '=';
  const sign = change > 0 ? '+' : '−';
  const size = Math.abs(change);
  if (kind === 'ratio') return `${sign}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(size * 100)} pp`;
  return `${sign}${figureText(kind, size, locale)}`;
}
