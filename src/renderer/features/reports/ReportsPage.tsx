// "Reportes": the operation's scorecard for a period beside the previous period's, its charts
// each with a table, and the cases behind any figure. Supervisors read their teams (all, one
// team or one agent); agents read their own figures and their coaching plan. Offline, the
// synced snapshot answers what it holds and the page says as of when.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError, Session } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import { CASE_CSV_COLUMNS, caseRowsCsv } from '../../../shared/reports/case-csv.ts';
import type { ReportDrillQuery, ReportPageGrouping } from '../../../shared/reports/operations.ts';
import { dayPeriod, presetPeriod, type Period } from '../../../shared/reports/period.ts';
import { serverTime } from '../../../shared/server-clock.ts';
import type { ReportCaseView } from '../../../shared/reports/view.ts';
import { agentsOfMyTeams } from '../../../shared/team-members.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { markAnswered, markAsked, usePaintedMark } from '../../lib/perf.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { useProducts } from '../case/index.ts';
import { CoachingPlan } from '../coaching/index.ts';
import { downloadCsv } from '../qa-report/index.ts';
import { DrillDown } from './DrillDown.tsx';
import type { Figure, MessageColumn } from './figures.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { GroupsTable } from './GroupsTable.tsx';
import { PeriodBar, type PeriodChoice } from './PeriodBar.tsx';
import { ReportCharts, type DrillTarget } from './ReportCharts.tsx';
import { SnapshotWeeks } from './SnapshotWeeks.tsx';
import './reports.css';

type Profile = NonNullable<Session['profile']>;

// Module constants: the query hook reads again when its entity list changes identity.
const ON_SNAPSHOT: readonly EntityName[] = ['report_snapshot'];
const ON_AGENTS: readonly EntityName[] = ['agent'];
const NEVER: readonly EntityName[] = [];

const today = () => new Date().toISOString().slice(0, 10);

/** The period chosen; a preset around the server's time (null until it is read), as the snapshots are cut. */
function periodOf(choice: PeriodChoice, serverNow: Date | null): Period | null {
  if (choice.preset === 'custom') return dayPeriod(choice.fromDay, choice.toDay);
  return serverNow ? presetPeriod(choice.preset, serverNow) : null;
}

/** "team:soporte" / "agent:lucia" → the query's narrowing. */
function audience(who: string): Pick<ReportDrillQuery, 'agent' | 'team'> {
  const [kind, name] = [who.slice(0, who.indexOf(':')), who.slice(who.indexOf(':') + 1)];
  if (kind === 'agent') return { agent: name };
  if (kind === 'team') return { team: name };
  return {};
}

export function ReportsPage({ profile, onOpenCase }: { profile: Profile; onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { locale, when } = useFormatters();
  const supervisor = profile.role === 'supervisor';
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'thisMonth', fromDay: today(), toDay: today() });
  const [by, setBy] = useState<ReportPageGrouping>('channel');
  const [who, setWho] = useState('');
  const [drill, setDrill] = useState<{ title: string; query: ReportDrillQuery; column?: MessageColumn | undefined; note?: string | undefined } | null>(null);
  const [exportError, setExportError] = useState<ContractError | null>(null);
  // The server's time when read (again with each synced snapshot): presets need only its day.
  const serverNow = useCacheQuery('reports:clock', async () => serverTime(await api.reportClock({}), Date.now()).toISOString(), ON_SNAPSHOT);
  const period = periodOf(choice, serverNow.data ? new Date(serverNow.data) : null);
  const narrow = audience(who);
  const key = `reports:${period?.from ?? ''}:${period?.to ?? ''}:${by}:${who}`;

  const people = useCacheQuery('reports:people', async () => {
    if (!supervisor) return null;
    return agentsOfMyTeams(await api.listAgents({}), profile.username);
  }, ON_AGENTS);
  const report = useCacheQuery(key, async () => {
    if (!period) return null;
    const answered = await api.operationReport({ ...period, ...narrow, by });
    markAnswered('report-open');
    return answered;
  }, ON_SNAPSHOT);
  const answer = report.data ?? null;
  const offline = answer?.source === 'snapshot';
  const snapshot = useCacheQuery(`reports:snapshot:${offline}`, () => (offline ? api.reportSnapshot({}) : Promise.resolve(null)), ON_SNAPSHOT);
  const drillRows = useCacheQuery(`reports:drill:${JSON.stringify(drill?.query ?? null)}`,
    () => (drill ? api.reportCases(drill.query) : Promise.resolve(undefined)), NEVER);
  const products = useProducts();
  // The benchmark's measure: from a new choice to that report painted.
  usePaintedMark('report-open', '', !report.loading && answer !== null);
  const ask = <T,>(set: (value: T) => void) => (value: T) => {
    markAsked('report-open');
    set(value);
  };
  const coached = supervisor ? narrow.agent ?? null : profile.username;
  const what = t(`reports.groupings.${by}`);

  const headings = useMemo(() => Object.fromEntries(CASE_CSV_COLUMNS.map((c) => [c, t(`reports.csvColumns.${c}`)])) as Record<(typeof CASE_CSV_COLUMNS)[number], string>, [t]);
  const exportRows = (rows: ReportCaseView[], name: string) => downloadCsv(`${name}.csv`, caseRowsCsv(rows, headings));
  const exportPeriod = () => {
    if (!period) return;
    setExportError(null);
    api.reportCases({ ...period, ...narrow }).then(
      (rows) => exportRows(rows, `casos-${period.from.slice(0, 10)}-${period.to.slice(0, 10)}`),
      (error: unknown) => setExportError(contractError(error)),
    );
  };
  const onFigure = (figure: Figure) => period && figure.drill && setDrill({
    title: t(`reports.figures.${figure.key}`), query: { ...period, ...narrow, figure: figure.drill }, column: figure.column,
    note: figure.drillNote && t(`reports.${figure.drillNote}`),
  });
  const onTarget = (target: DrillTarget) => period && setDrill({
    title: target.title,
    query: {
      from: target.from ?? period.from, to: target.to ?? period.to, ...narrow, figure: target.figure,
      ...(target.channel ? { channel: target.channel } : {}), ...(target.reason ? { reason: target.reason } : {}),
    },
  });

  return (
    <div className="reports-page" data-testid="reports-page">
      <div className="reports-head">
        <h2>{supervisor ? t('reports.titleTeams') : t('reports.titleMine')}</h2>
        <PeriodBar choice={choice} onChoice={ask(setChoice)} by={by} onBy={ask(setBy)} people={people.data ?? null} who={who} onWho={ask(setWho)} />
        <button type="button" className="button" data-testid="reports-csv" disabled={!period || offline} onClick={exportPeriod}>{t('reports.csv')}</button>
      </div>
      {!period && choice.preset === 'custom' ? <p className="error" role="alert">{t('reports.badPeriod')}</p> : null}
      {exportError ? <p className="error" role="alert">{errorText(t, exportError)}</p> : null}
      {report.error ? <p className="error" role="alert" data-testid="reports-error">{errorText(t, report.error)}</p> : null}
      {answer ? (
        <>
          <p className={offline ? 'reports-asof offline' : 'reports-asof'} role="status" data-testid="reports-asof">
            {offline ? t('reports.asOfOffline', { when: when(answer.asOf) }) : t('reports.asOf', { when: when(answer.asOf) })}
            {offline ? ` ${answer.substituted ? t('reports.substituted') : t('reports.offlineLimits')}` : null}
          </p>
          <p className="hint" data-testid="reports-range">
            {t('reports.range', { from: new Date(answer.current.from).toLocaleDateString(locale, { timeZone: 'UTC' }),
              to: new Date(Date.parse(answer.current.to) - 1).toLocaleDateString(locale, { timeZone: 'UTC' }) })}
            {answer.previous ? ` ${t('reports.comparedWith', {
              from: new Date(answer.previous.from).toLocaleDateString(locale, { timeZone: 'UTC' }),
              to: new Date(Date.parse(answer.previous.to) - 1).toLocaleDateString(locale, { timeZone: 'UTC' }) })}` : ''}
          </p>
          {answer.current.cases === 0 ? <p className="reports-empty" data-testid="reports-empty">{t('reports.noCasesPeriod')}</p> : null}
          {drill && !offline ? (
            <DrillDown title={drill.title} column={drill.column} note={drill.note} rows={drillRows.data} error={drillRows.error} onOpenCase={onOpenCase}
              onExport={(rows) => exportRows(rows, `casos-${drill.query.from.slice(0, 10)}`)} onClose={() => setDrill(null)} />
          ) : null}
          <div className="reports-columns">
            <div className="reports-main">
              <FiguresTable current={answer.current} previous={answer.previous} locale={locale} onDrill={offline ? null : onFigure} />
            </div>
            <div className="reports-side">
              {!offline && answer.current.groups ? <GroupsTable report={answer.current} by={by} what={what} locale={locale} productLabel={products.label} /> : null}
              {offline && snapshot.data ? <SnapshotWeeks snapshots={snapshot.data} locale={locale} /> : null}
              {coached ? <CoachingPlan agent={coached} /> : null}
            </div>
          </div>
          <ReportCharts report={answer.current} locale={locale} onDrill={offline ? null : onTarget} />
        </>
      ) : period && !report.error ? <p className="hint" role="status">{t('reports.loading')}</p> : null}
    </div>
  );
}
