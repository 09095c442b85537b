// The case on one line: number and customer, channel, state, priority, SLA clock and subject,
// with blocking the sender, moving a public case to private and the details on demand
// (assignment, classification, why the priority, the channel's visibility). One line keeps the
// thread tall on a laptop; the state buttons sit by the Send button (CaseView).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { BlockedSender } from '../../../shared/blocks.ts';
import type { CaseDetail, CaseSummary } from '../../../shared/models.ts';
import { useServerNow } from '../../lib/useServerNow.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { PriorityBadge } from '../../ui/PriorityBadge.tsx';
import { SlaClock } from '../../ui/SlaClock.tsx';
import { CaseBlockAction } from '../block/index.ts';
import { DeriveAction } from '../derivation/index.ts';
import { CaseLinks } from './CaseLinks.tsx';
import { MoveToPrivate } from './MoveToPrivate.tsx';
import { PriorityWhy } from '../triage/index.ts';
import { useContactReasons } from './useContactReasons.ts';
import { PeerAnsweredMark } from './PeerAnsweredMark.tsx';
import { useProducts } from './useProducts.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { isolateBidi } from '../../../shared/bidi.ts';

interface Props {
  summary: CaseSummary;
  links: CaseDetail['links'];
  /** Why the server reopened the case for its agent (a negative survey). */
  recontact: CaseDetail['recontact'];
  agentName: string;
  titleId: string;
  /** Another agent's case: no blocking, no move to private. */
  readOnly: boolean;
  /** The block on the case's sender; undefined while it is read. */
  block: BlockedSender | null | undefined;
}

export function CaseHeader({ summary, links, recontact, agentName, titleId, readOnly, block }: Props) {
  const { t } = useTranslation();
  const reasons = useContactReasons();
  const products = useProducts();
  const now = useServerNow(30_000);
  const [open, setOpen] = useState(false);
  const visibility = CHANNEL_INFO[summary.channel].visibility;
  const detailsId = `${titleId}-details`;
  return (
    <div className="case-header">
      <div className="case-line" data-testid="case-line">
        <h2 id={titleId} className="case-title" data-testid="case-title">
          <span className="case-number">#{summary.number}</span>{' '}
          {summary.customerName === null ? <span className="case-customer">{t('inbox.customerUnknown')}</span>
            : <CustomerText as="span" className="case-customer" text={summary.customerName} />}
        </h2>
        <ChannelTag channel={summary.channel} compact />
        <span className="case-state" data-testid="case-status" data-status={summary.status}>{t(`status.${summary.status}`)}</span>
        <PriorityBadge priority={summary.priority} />
        <SlaClock waitingSince={summary.waitingSince} channel={summary.channel} now={now} />
        <CustomerText as="span" className="case-subject" data-testid="case-subject" title={isolateBidi(summary.subject)} text={summary.subject} />
        {readOnly ? null : <MoveToPrivate summary={summary} agentName={agentName} />}
        {readOnly ? null : <CaseBlockAction caseId={summary.id} block={block} />}
        {readOnly ? null : <DeriveAction summary={summary} />}
        <button type="button" className="button ghost details-toggle" data-testid="case-details-toggle" aria-expanded={open}
          aria-controls={detailsId} title={t('caseView.details')} onClick={() => setOpen(!open)}>
          <Icon name={open ? 'chevronUp' : 'chevronDown'} />
          <span className="label">{t('caseView.showDetails')}</span>
        </button>
      </div>
      <div id={detailsId} className="case-details" hidden={!open} data-testid="case-details">
        <dl className="case-facts" aria-label={t('caseView.details')}>
          <div><dt>{t('caseView.subject')}</dt><CustomerText as="dd" data-testid="case-details-subject" text={summary.subject} /></div>
          <div><dt>{t('caseView.channel')}</dt><dd><ChannelTag channel={summary.channel} /></dd></div>
          <div><dt>{t('caseView.priority')}</dt><dd><PriorityWhy summary={summary} /></dd></div>
          <div><dt>{t('caseView.assigned')}</dt><dd data-testid="case-assignee">{summary.assignedTo ?? t('caseView.unassigned')}</dd></div>
          {summary.reason ? <div><dt>{t('resolve.factReason')}</dt><dd data-testid="case-reason" data-reason={summary.reason}>{reasons.label(summary.reason)}</dd></div> : null}
          {summary.status === 'resolved' && summary.resolution ? (
            <div><dt>{t('resolve.factResolution')}</dt><dd data-testid="case-resolution" data-resolution={summary.resolution}>{t(`resolve.${summary.resolution}`)}</dd></div>
          ) : null}
          {summary.product ? <div><dt>{t('resolve.factProduct')}</dt><dd data-testid="case-product" data-product={summary.product}>{products.label(summary.product)}</dd></div> : null}
          {summary.status === 'resolved' && summary.callAvoided ? (
            <div><dt>{t('resolve.factCallAvoided')}</dt><dd data-testid="case-call-avoided">{t('resolve.callAvoided')}</dd></div>
          ) : null}
        </dl>
        <p className={`visibility-note visibility-${visibility}`} data-testid="case-visibility" data-visibility={visibility}>
          <Icon name={visibility === 'public' ? 'globe' : 'lock'} />
          {t(`visibility.${visibility}Hint`)}
        </p>
        {visibility === 'public' && !readOnly ? <PeerAnsweredMark summary={summary} /> : null}
      </div>
      <CaseLinks links={links} />
      {summary.routing ? (
        // Small and on one line: the reason is the server's, in Spanish as agents read it.
        <p className="routing-note" data-testid="case-routing" data-rule={summary.routing.rule} title={t('caseView.routingHint')}>
          <Icon name="user" />
          <span className="routing-label">{t('caseView.routing')}</span>{' '}
          <span className="routing-reason" title={summary.routing.reason}>{summary.routing.reason}</span>
        </p>
      ) : null}
      {recontact ? (
        <p className="recontact-note" data-testid="case-recontact" data-recontact={recontact}>
          <Icon name="bolt" />
          {t('caseView.recontact', { reason: t(`caseView.recontactReason.${recontact}`) })}
        </p>
      ) : null}
    </div>
  );
}
