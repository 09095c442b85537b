// The case's heading and facts: customer, channel with its visibility, state, priority and why,
// assignment and the SLA clock; then the state buttons.
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import { useNow } from '../../lib/useNow.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { SlaClock } from '../../ui/SlaClock.tsx';
import { PriorityWhy } from '../triage/index.ts';
import { StatusActions } from './StatusActions.tsx';

export function CaseHeader({ summary, titleId }: { summary: CaseSummary; titleId: string }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const visibility = CHANNEL_INFO[summary.channel].visibility;
  return (
    <div className="case-header">
      <div className="case-title-row">
        <h2 id={titleId} className="case-title">
          {t('caseView.title', { number: summary.number, subject: summary.subject })}
        </h2>
        <SlaClock waitingSince={summary.waitingSince} channel={summary.channel} now={now} />
      </div>
      <dl className="case-facts" aria-label={t('caseView.details')}>
        <div><dt>{t('caseView.customer')}</dt><dd>{summary.customerName ?? t('inbox.customerUnknown')}</dd></div>
        <div><dt>{t('caseView.channel')}</dt><dd><ChannelTag channel={summary.channel} /></dd></div>
        <div><dt>{t('caseView.status')}</dt><dd data-testid="case-status" data-status={summary.status}>{t(`status.${summary.status}`)}</dd></div>
        <div><dt>{t('caseView.priority')}</dt><dd><PriorityWhy summary={summary} /></dd></div>
        <div><dt>{t('caseView.assigned')}</dt><dd data-testid="case-assignee">{summary.assignedTo ?? t('caseView.unassigned')}</dd></div>
      </dl>
      <p className={`visibility-note visibility-${visibility}`} data-testid="case-visibility" data-visibility={visibility}>
        <Icon name={visibility === 'public' ? 'globe' : 'lock'} />
        {t(`visibility.${visibility}Hint`)}
      </p>
      <StatusActions caseId={summary.id} status={summary.status} />
    </div>
  );
}
