// The charts, each with its table beside it (the table is the chart's text alternative): service
// level per channel, complaints week by week, contact reasons, and CSAT. A table row leads to
// its cases when the network is there.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ContactReason } from '../../../shared/domain.ts';
import type { ReportFigure } from '../../../shared/reports/drill.ts';
import type { OperationReportView } from '../../../shared/reports/view.ts';
import { weekLabel } from '../qa-report/index.ts';
import { BarChart, type BarRow } from './BarChart.tsx';
import { durationText, figureText } from './figures.ts';
import { groupLabel } from './labels.ts';
import { TrendChart } from './TrendChart.tsx';

/** A table row's cases: those its figure counts, in its group or week. */
export interface DrillTarget { title: string; figure: ReportFigure; channel?: Channel; reason?: ContactReason; from?: string; to?: string }

interface ChartsProps {
  report: OperationReportView;
  locale: string;
  onDrill: ((target: DrillTarget) => void) | null;
}

function Figure({ id, title, chart, children }: { id: string; title: string; chart: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="reports-figure" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="reports-figure-body">
        {chart}
        <div className="reports-table-scroll" tabIndex={0} role="region" aria-label={t('reports.tableOf', { title })}>{children}</div>
      </div>
    </section>
  );
}

function DrillCell({ label, onDrill }: { label: string; onDrill: (() => void) | null }) {
  const { t } = useTranslation();
  return onDrill ? <button type="button" className="button link" onClick={onDrill} aria-label={t('reports.drillOf', { figure: label })}>{label}</button> : <>{label}</>;
}

export function ReportCharts({ report, locale, onDrill }: ChartsProps) {
  const { t } = useTranslation();
  const percent = (value: number | null) => figureText('ratio', value, locale);
  const levels = Object.entries(report.serviceLevel).sort(([a], [b]) => a.localeCompare(b));
  const slRows: BarRow[] = levels.map(([channel, l]) => ({ key: channel, label: groupLabel(t, channel), value: l.ratio, text: percent(l.ratio) }));
  const reasons = Object.entries(report.reasons).sort(([, a], [, b]) => b - a);
  const reasonRows: BarRow[] = reasons.map(([reason, n]) => ({ key: reason, label: groupLabel(t, reason), value: n, text: String(n) }));
  const { csat } = report;
  const csatRows: BarRow[] = (['sent', 'answered', 'negative'] as const).map((k) => ({ key: k, label: t(`reports.csat.${k}`), value: csat[k], text: String(csat[k]) }));
  const csatFigure = { sent: 'csat_sent', answered: 'csat_answered', negative: 'csat_negative' } as const;
  const week = (monday: string) => weekLabel(locale, monday);
  const titles = { sl: t('reports.charts.serviceLevel'), complaints: t('reports.charts.complaints'), reasons: t('reports.charts.reasons'), csat: t('reports.charts.csat') };
  const drill = (target: DrillTarget) => (onDrill ? () => onDrill(target) : null);
  const dayMs = 24 * 3600_000;

  return (
    <div className="reports-charts">
      <Figure id="reports-sl" title={titles.sl} chart={slRows.length ? <BarChart rows={slRows} max={1} title={titles.sl} testId="reports-sl-chart" /> : null}>
        {levels.length === 0 ? <p className="hint">{t('reports.noAnswers')}</p> : (
          <table className="reports-table" data-testid="reports-sl-table">
            <thead><tr><th scope="col">{t('reports.channel')}</th><th scope="col">{t('reports.target')}</th><th scope="col">{t('reports.within')}</th><th scope="col">{t('reports.serviceLevel')}</th><th scope="col">{t('reports.asa')}</th></tr></thead>
            <tbody>
              {levels.map(([channel, l]) => {
                const label = groupLabel(t, channel);
                const asa = report.asa[channel] ?? null;
                return (
                  <tr key={channel}>
                    <th scope="row"><DrillCell label={label} onDrill={drill({ title: label, figure: 'sl_counted', channel: channel as Channel })} /></th>
                    <td>{durationText(l.targetSeconds)}</td><td>{l.within}/{l.total}</td><td>{percent(l.ratio)}</td>
                    <td>{asa === null ? '—' : durationText(asa)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Figure>

      <Figure id="reports-complaints" title={titles.complaints}
        chart={report.complaintsByWeek.length ? <TrendChart weeks={report.complaintsByWeek} weekText={week} title={titles.complaints} /> : null}>
        <table className="reports-table" data-testid="reports-complaints-table">
          <thead><tr><th scope="col">{t('reports.weekOf')}</th><th scope="col">{t('reports.figures.complaints')}</th><th scope="col">{t('reports.figures.cases')}</th></tr></thead>
          <tbody>
            {report.complaintsByWeek.map((w) => {
              const from = `${w.week}T00:00:00.000Z`;
              const to = new Date(Date.parse(from) + 7 * dayMs).toISOString();
              const label = week(w.week);
              return (
                <tr key={w.week}>
                  <th scope="row"><DrillCell label={label} onDrill={drill({ title: t('reports.complaintsOf', { week: label }), figure: 'complaints', from, to })} /></th>
                  <td>{w.complaints}</td><td>{w.cases}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Figure>

      <Figure id="reports-reasons" title={titles.reasons}
        chart={reasonRows.length ? <BarChart rows={reasonRows} max={Math.max(...reasonRows.map((r) => r.value ?? 0))} title={titles.reasons} testId="reports-reasons-chart" /> : null}>
        {reasons.length === 0 ? <p className="hint">{t('reports.noReasons')}</p> : (
          <table className="reports-table" data-testid="reports-reasons-table">
            <thead><tr><th scope="col">{t('reports.reason')}</th><th scope="col">{t('reports.figures.cases')}</th></tr></thead>
            <tbody>
              {reasons.map(([reason, n]) => {
                const label = groupLabel(t, reason);
                return <tr key={reason}><th scope="row"><DrillCell label={label} onDrill={drill({ title: label, figure: 'opened', reason: reason as ContactReason })} /></th><td>{n}</td></tr>;
              })}
            </tbody>
          </table>
        )}
      </Figure>

      <Figure id="reports-csat" title={titles.csat}
        chart={<BarChart rows={csatRows} max={Math.max(1, csat.sent)} title={titles.csat} testId="reports-csat-chart" />}>
        <table className="reports-table" data-testid="reports-csat-table">
          <tbody>
            {(['sent', 'answered', 'negative'] as const).map((k) => {
              const label = t(`reports.csat.${k}`);
              return <tr key={k}><th scope="row"><DrillCell label={label} onDrill={drill({ title: label, figure: csatFigure[k] })} /></th><td>{csat[k]}</td></tr>;
            })}
            <tr><th scope="row">{t('reports.csat.score')}</th><td>{figureText('decimal', csat.score, locale)}</td></tr>
          </tbody>
        </table>
      </Figure>
    </div>
  );
}
