// The figures whose cases a drill-down lists (`/v1/reports/cases?figure=`): each narrows the
// rows to the cases that figure counts, on the same per-case facts (docs/metrics.md, "Drill-down").
export const REPORT_FIGURES = [
  'opened', 'resolved', 'first_response', 'responded', 'sl_counted', 'sl_within', 'sl_missed', 'fcr_eligible', 'first_contact',
  'complaints', 'auto_replied', 'filtered', 'rejected', 'peer_answered', 'calls_avoided', 'reviewed',
  'csat_sent', 'csat_answered', 'csat_negative', 'derived',
  'likes',
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];
