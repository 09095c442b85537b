// The period and whose figures: a preset (this week, last week, this month, the last 8 weeks)
// or two days; for supervisors, all their teams, one team or one agent.
import { useTranslation } from 'react-i18next';
import { PERIOD_PRESETS, type PeriodPreset } from '../../../shared/reports/period.ts';
import { REPORT_PAGE_GROUPINGS, type ReportPageGrouping } from '../../../shared/reports/operations.ts';
import type { TeamMember } from '../../../shared/models.ts';

export interface PeriodChoice { preset: PeriodPreset; fromDay: string; toDay: string }

interface PeriodBarProps {
  choice: PeriodChoice;
  onChoice: (choice: PeriodChoice) => void;
  by: ReportPageGrouping;
  onBy: (by: ReportPageGrouping) => void;
  /** Supervisors only: the agents of their teams; null for an agent. */
  people: TeamMember[] | null;
  who: string;
  onWho: (who: string) => void;
}

export function PeriodBar({ choice, onChoice, by, onBy, people, who, onWho }: PeriodBarProps) {
  const { t } = useTranslation();
  const teams = [...new Set((people ?? []).map((p) => p.team).filter((team) => team !== null))].sort();
  return (
    <div className="reports-bar" data-testid="reports-period">
      <label>{t('reports.period')}{' '}
        <select value={choice.preset} data-testid="reports-preset" onChange={(e) => onChoice({ ...choice, preset: e.target.value as PeriodPreset })}>
          {PERIOD_PRESETS.map((p) => <option key={p} value={p}>{t(`reports.presets.${p}`)}</option>)}
        </select>
      </label>
      {choice.preset === 'custom' ? (
        <>
          <label>{t('reports.from')} <input type="date" value={choice.fromDay} max={choice.toDay} data-testid="reports-from"
            onChange={(e) => onChoice({ ...choice, fromDay: e.target.value })} /></label>
          <label>{t('reports.to')} <input type="date" value={choice.toDay} min={choice.fromDay} data-testid="reports-to"
            onChange={(e) => onChoice({ ...choice, toDay: e.target.value })} /></label>
        </>
      ) : null}
      {people ? (
        <label>{t('reports.who')}{' '}
          <select value={who} data-testid="reports-who" onChange={(e) => onWho(e.target.value)}>
            <option value="">{t('reports.allTeams')}</option>
            {teams.map((team) => <option key={team} value={`team:${team}`}>{t('reports.team', { team })}</option>)}
            {people.map((p) => <option key={p.username} value={`agent:${p.username}`}>{p.name}</option>)}
          </select>
        </label>
      ) : null}
      <label>{t('reports.by')}{' '}
        <select value={by} data-testid="reports-by" onChange={(e) => onBy(e.target.value as ReportPageGrouping)}>
          {REPORT_PAGE_GROUPINGS.map((g) => <option key={g} value={g}>{t(`reports.groupings.${g}`)}</option>)}
        </select>
      </label>
    </div>
  );
}
