// The figures the reports page lists, each with how it reads (a count, a duration, a share, a
// score) and what its drill-down narrows to. Formatting is here, pure, so it is tested alone.
import type { ReportFigure } from '../../../shared/reports/drill.ts';
import type { ReportFiguresView } from '../../../shared/reports/view.ts';

export type FigureKind = 'count' | 'seconds' | 'ratio' | 'decimal';

export type FigureKey =
  | 'cases' | 'resolved' | 'serviceLevel' | 'firstResponse' | 'firstResponseP90' | 'handling' | 'response' | 'fcr'
  | 'messagesPerCase' | 'complaints' | 'autoReplied' | 'filtered' | 'rejected' | 'peerAnswered' | 'callsAvoided' | 'derived' | 'likes'
  | 'occupancy' | 'quality' | 'csatScore' | 'csatAnswered' | 'csatNegative';

export interface Figure {
  key: FigureKey;
  kind: FigureKind;
  value: (report: ReportFiguresView) => number | null;
  /** The cases behind it (the server lists those this figure counts); none for occupancy, made of presence. */
  drill?: ReportFigure;
  /** A count of messages: the drill-down shows each case's share of it. */
  column?: MessageColumn;
  /** What the drill-down leaves out, said above its rows. */
  drillNote?: 'likesDrillNote';
}

export type MessageColumn = 'autoReplied' | 'filtered' | 'rejected';

/** Service level over every channel: the first responses within their channel's target. */
export function overallServiceLevel(report: ReportFiguresView): number | null {
  const levels = Object.values(report.serviceLevel);
  const total = levels.reduce((n, l) => n + l.total, 0);
  return total === 0 ? null : levels.reduce((n, l) => n + l.within, 0) / total;
}

export const FIGURES: readonly Figure[] = [
  { key: 'cases', kind: 'count', value: (r) => r.cases, drill: 'opened' },
  { key: 'resolved', kind: 'count', value: (r) => r.resolved, drill: 'resolved' },
  { key: 'serviceLevel', kind: 'ratio', value: overallServiceLevel, drill: 'sl_counted' },
  { key: 'firstResponse', kind: 'seconds', value: (r) => r.firstResponse.avgSeconds, drill: 'first_response' },
  { key: 'firstResponseP90', kind: 'seconds', value: (r) => r.firstResponse.p90Seconds, drill: 'first_response' },
  { key: 'handling', kind: 'seconds', value: (r) => r.handling.avgSeconds, drill: 'resolved' },
  { key: 'response', kind: 'seconds', value: (r) => r.response.avgSeconds, drill: 'responded' },
  { key: 'fcr', kind: 'ratio', value: (r) => r.fcr.ratio, drill: 'fcr_eligible' },
  { key: 'messagesPerCase', kind: 'decimal', value: (r) => r.messagesPerCase, drill: 'opened' },
  { key: 'complaints', kind: 'count', value: (r) => r.complaints, drill: 'complaints' },
  { key: 'autoReplied', kind: 'count', value: (r) => r.autoReplied, drill: 'auto_replied', column: 'autoReplied' },
  { key: 'filtered', kind: 'count', value: (r) => r.filtered, drill: 'filtered', column: 'filtered' },
  { key: 'rejected', kind: 'count', value: (r) => r.rejected, drill: 'rejected', column: 'rejected' },
  { key: 'peerAnswered', kind: 'count', value: (r) => r.peerAnswered, drill: 'peer_answered' },
  { key: 'callsAvoided', kind: 'count', value: (r) => r.callsAvoided, drill: 'calls_avoided' },
  { key: 'derived', kind: 'count', value: (r) => r.derived, drill: 'derived' },
  // A like on a listening post has no case: the drill-down lists only the liked messages' cases.
  { key: 'likes', kind: 'count', value: (r) => r.likes, drill: 'likes', drillNote: 'likesDrillNote' },
  { key: 'occupancy', kind: 'ratio', value: (r) => r.occupancy.ratio },
  { key: 'quality', kind: 'decimal', value: (r) => r.quality.avgScore, drill: 'reviewed' },
  { key: 'csatScore', kind: 'decimal', value: (r) => r.csat.score, drill: 'csat_answered' },
  { key: 'csatAnswered', kind: 'count', value: (r) => r.csat.answered, drill: 'csat_answered' },
  { key: 'csatNegative', kind: 'count', value: (r) => r.csat.negative, drill: 'csat_negative' },
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
