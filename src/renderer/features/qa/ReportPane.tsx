// The QA report in Calidad: a period of whole days (the last eight weeks to start with) and the
// report of the reviews in this console's cache, read again when reviews change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { QaReportPage } from '../qa-report/index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const dayText = (at: Date) => `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
/** The start of a `YYYY-MM-DD` day on this computer's clock, as an instant. */
const startOf = (day: string) => new Date(`${day}T00:00:00`);

export function ReportPane() {
  const { t } = useTranslation();
  const [to, setTo] = useState(() => dayText(new Date()));
  const [from, setFrom] = useState(() => dayText(new Date(Date.now() - 55 * DAY_MS)));
  const valid = from !== '' && to !== '' && from <= to;
  // The last day counts whole: the period ends where the next day starts.
  const period = valid ? { from: startOf(from).toISOString(), to: new Date(startOf(to).getTime() + DAY_MS).toISOString() } : null;
  const query = useCacheQuery(`qa-report:${from}:${to}`, () => (period ? api.qaReport(period) : Promise.resolve(null)), ['qa_review', 'case', 'setting']);
  return (
    <section className="qa-report-pane" aria-labelledby="qa-report-title">
      <div className="quality-bar">
        <h2 id="qa-report-title">{t('qaReport.title')}</h2>
        <div className="qa-period">
          <label>{t('qaReport.from')} <input type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} /></label>
          <label>{t('qaReport.to')} <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} /></label>
        </div>
      </div>
      {!valid ? <p className="error" role="alert">{t('qaReport.badPeriod')}</p> : null}
      {query.error ? <p className="error" role="alert">{errorText(t, query.error)}</p> : null}
      {query.data ? <QaReportPage report={query.data} /> : valid && !query.error ? <p className="hint" role="status">{t('qa.loading')}</p> : null}
    </section>
  );
}
