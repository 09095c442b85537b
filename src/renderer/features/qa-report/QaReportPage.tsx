// "Informe de calidad": the percentage of the evaluation form met (the average review score) by
// agent, team, channel, seniority band or contact reason, over the period and week by week. Each
// chart has its table beside it, and the table goes out as CSV.
// The report's data comes as a prop: computed by `qaReport` from the reviews' facts.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportCsv } from '../../../shared/qa/csv.ts';
import { REPORT_DIMENSIONS, type QaReport, type ReportDimension, type ReportRow } from '../../../shared/qa/report.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { AverageChart } from './AverageChart.tsx';
import { downloadCsv } from './download.ts';
import { keyLabel, weekLabel } from './labels.ts';
import { Marker, TREND_SERIES, TrendChart } from './TrendChart.tsx';
import './qa-report.css';

export function QaReportPage({ report }: { report: QaReport }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const [dimension, setDimension] = useState<ReportDimension>('agent');
  const oneDecimal = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const day = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: report.timeZone }), [locale, report.timeZone]);
  const rows = report.by[dimension];
  const label = (key: string) => keyLabel(t, dimension, key);
  const score = (value: number | null) => (value === null ? '—' : oneDecimal.format(value));
  const week = (monday: string) => weekLabel(locale, monday);
  const what = t(`qaReport.dimensions.${dimension}`);
  // Inside a sentence: "Cumplimiento por agente".
  const inTitle = what.toLocaleLowerCase(locale);
  // The period ends at an instant excluded; the last day it covers is the one before.
  const lastDay = new Date(Date.parse(report.to) - 1);

  const exportCsv = () => downloadCsv(
    `calidad-${dimension}-${report.from.slice(0, 10)}.csv`,
    reportCsv(report, dimension, { value: what, reviews: t('qaReport.reviews'), score: t('qaReport.score') }),
  );

  return (
    <div className="qa-report" data-testid="qa-report">
      <p className="hint">{t('qaReport.period', { from: day.format(new Date(report.from)), to: day.format(lastDay), zone: report.timeZone })}</p>
      {report.total.reviews === 0 ? <p className="qa-empty" data-testid="qa-report-empty">{t('qaReport.empty')}</p> : (
        <>
          <div className="qa-report-bar">
            <fieldset className="qa-dimensions">
              <legend>{t('qaReport.by')}</legend>
              {REPORT_DIMENSIONS.map((d) => (
                <label key={d} className="check">
                  <input type="radio" name="qa-dimension" value={d} checked={d === dimension} onChange={() => setDimension(d)} />
                  {t(`qaReport.dimensions.${d}`)}
                </label>
              ))}
            </fieldset>
            <p className="qa-total" data-testid="qa-report-total">
              {t('qaReport.total', { count: report.total.reviews, score: score(report.total.score) })}
            </p>
            <button type="button" className="button" data-testid="qa-report-csv" onClick={exportCsv}>{t('qaReport.csv', { what: inTitle })}</button>
          </div>

          <section className="qa-figure" aria-labelledby="qa-average-title">
            <h3 id="qa-average-title">{t('qaReport.averageTitle', { what: inTitle })}</h3>
            <div className="qa-figure-body">
              <AverageChart rows={rows} label={label} title={t('qaReport.averageTitle', { what: inTitle })} />
              <table className="qa-table" data-testid="qa-average-table">
                <caption className="sr-only">{t('qaReport.averageTitle', { what: inTitle })}</caption>
                <thead><tr><th scope="col">{what}</th><th scope="col">{t('qaReport.reviews')}</th><th scope="col">{t('qaReport.score')}</th></tr></thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key}><th scope="row">{label(row.key)}</th><td>{row.reviews}</td><td>{score(row.score)}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="qa-figure" aria-labelledby="qa-trend-title">
            <h3 id="qa-trend-title">{t('qaReport.trendTitle', { what: inTitle })}</h3>
            {rows.length > TREND_SERIES ? <p className="hint">{t('qaReport.trendTop', { count: TREND_SERIES })}</p> : null}
            <div className="qa-figure-body">
              <TrendChart weeks={report.weeks} weekText={week} rows={rows} title={t('qaReport.trendTitle', { what: inTitle })} />
              <WeeklyTable report={report} rows={rows} what={what} title={t('qaReport.trendTitle', { what: inTitle })} label={label} score={score} week={week} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}

interface WeeklyProps {
  report: QaReport;
  title: string;
  rows: ReportRow[];
  what: string;
  label: (key: string) => string;
  score: (value: number | null) => string;
  week: (monday: string) => string;
}

/** Every value, week by week; the first rows carry the chart's marker as their legend. */
function WeeklyTable({ report, title, rows, what, label, score, week }: WeeklyProps) {
  const { t } = useTranslation();
  return (
    <div className="qa-table-scroll" tabIndex={0} role="region" aria-label={t('qaReport.tableOf', { title })}>
      <table className="qa-table" data-testid="qa-trend-table">
        <thead>
          <tr>
            <th scope="col">{what}</th>
            {report.weeks.map((w) => <th key={w} scope="col"><span className="sr-only">{t('qaReport.weekOf')} </span>{week(w)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <th scope="row">
                {i < TREND_SERIES ? (
                  <svg className={`qa-legend series-${i}`} viewBox="0 0 12 12" width="12" height="12" aria-hidden="true"><Marker shape={i} cx={6} cy={6} /></svg>
                ) : null}
                {label(row.key)}
              </th>
              {row.weeks.map((cell, w) => (
                <td key={report.weeks[w]} title={t('qaReport.reviewsCount', { count: cell.reviews })}>{score(cell.score)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
