// The case's heading and facts: customer, channel with its visibility, state, priority and why,
// assignment, classification and the SLA clock; then the state buttons and moving a public
// case to private (none on another agent's case), and the cases it is linked with.
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { CaseDetail, CaseSummary } from '../../../shared/models.ts';
import { useNow } from '../../lib/useNow.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { SlaClock } from '../../ui/SlaClock.tsx';
import { CaseLinks } from './CaseLinks.tsx';
import { MoveToPrivate } from './MoveToPrivate.tsx';
import { PriorityWhy } from '../triage/index.ts';
import { StatusActions } from './StatusActions.tsx';
import { useContactReasons } from './useContactReasons.ts';

interface Props {
  summary: CaseSummary;
  links: CaseDetail['links'];
  agentName: string;
  titleId: string;
  /** Another agent's case: no state buttons, no move to private. */
  readOnly: boolean;
}

export function CaseHeader({ summary, links, agentName, titleId, readOnly }: Props) {
  const { t } = useTranslation();
  const reasons = useContactReasons();
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
        {summary.reason ? <div><dt>{t('resolve.factReason')}</dt><dd data-testid="case-reason" data-reason={summary.reason}>{reasons.label(summary.reason)}</dd></div> : null}
        {summary.status === 'resolved' && summary.resolution ? (
          <div><dt>{t('resolve.factResolution')}</dt><dd data-testid="case-resolution" data-resolution={summary.resolution}>{t(`resolve.${summary.resolution}`)}</dd></div>
        ) : null}
      </dl>
      <p className={`visibility-note visibility-${visibility}`} data-testid="case-visibility" data-visibility={visibility}>
        <Icon name={visibility === 'public' ? 'globe' : 'lock'} />
        {t(`visibility.${visibility}Hint`)}
      </p>
      <CaseLinks links={links} />
      {readOnly ? null : (
        <div className="case-actions">
          <StatusActions caseId={summary.id} caseNumber={summary.number} status={summary.status} reason={summary.reason} />
          <MoveToPrivate summary={summary} agentName={agentName} />
        </div>
      )}
    </div>
  );
}
