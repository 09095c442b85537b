import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/models.ts';
import { PriorityBadge } from '../../ui/PriorityBadge.tsx';
import { reasonsText } from './priorityWhy.ts';

/** The computed priority and why, e.g. "Alta · retención: «darme de baja»". */
export function PriorityWhy({ summary }: { summary: Pick<CaseSummary, 'priority' | 'triage' | 'channel'> }) {
  const { t } = useTranslation();
  const reasons = reasonsText(t, summary);
  // A row may cut the reasons short: the whole sentence shows on hover.
  const whole = reasons === null ? undefined : t('triage.why', { priority: t(`priority.${summary.priority}`), reasons });
  return (
    <span className="priority-why" data-testid="priority-reasons" data-priority={summary.priority} title={whole}>
      <PriorityBadge priority={summary.priority} />
      {reasons === null ? null : <span className="why-text"> · {reasons}</span>}
    </span>
  );
}
