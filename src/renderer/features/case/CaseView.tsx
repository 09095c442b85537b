// The open case, filling its pane: the case's line, what to do with the latest message and
// suggestions, refused changes, the thread (all the height left, scrolling inside) and the reply
// box with the state buttons by Send, always in view. Marks the case read and ends the case-open
// measurement once its thread is on screen. Another agent's case (from the customer's
// history) shows its thread only, read-only.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errorText.ts';
import { usePaintedMark } from '../../lib/perf.ts';
import { CaseBlockBanner, useCaseBlock } from '../block/index.ts';
import { DerivationPanel } from '../derivation/index.ts';
import { Composer } from '../composer/index.ts';
import { ReplyTo } from './ReplyTo.tsx';
import { closeCase } from '../inbox/index.ts';
import { TypeGuidance } from '../triage/index.ts';
import { CaseHeader } from './CaseHeader.tsx';
import { MessageThread } from './MessageThread.tsx';
import { MutationIssues } from './MutationIssues.tsx';
import { useCase } from './useCase.ts';
import { unreadUpTo, useMarkRead } from './useMarkRead.ts';
import { StatusActions } from './StatusActions.tsx';
import { Suggestions } from './Suggestions.tsx';
import { ReadOnlyNote } from './ReadOnlyNote.tsx';
import { useResolveRequest } from './resolveRequest.ts';

export function CaseView({ caseId, agentName }: { caseId: string; agentName: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data: detail, error, loading } = useCase(caseId);
  useMarkRead(caseId, unreadUpTo(detail));
  usePaintedMark('case-open', caseId, detail !== undefined && detail !== null);
  // One read of the sender's block for the header's action and the banner; none for another agent's case.
  const blockRead = useCaseBlock(detail?.readOnly === false ? caseId : null);
  const block = blockRead.loading ? undefined : blockRead.data;

  if (error && !detail) {
    return <p className="error case-message" role="alert">{t('caseView.loadFailed', { message: errorText(t, error) })}</p>;
  }
  if (loading || detail === undefined) {
    return <p className="case-message" role="status" aria-busy="true">{t('caseView.loading')}</p>;
  }
  if (detail === null) {
    return (
      <div className="case-message" data-testid="case-gone">
        <p>{t('caseView.gone')}</p>
        <button type="button" className="button" onClick={() => closeCase()}>{t('caseView.back')}</button>
      </div>
    );
  }
  return (
    <article className="case-view" aria-labelledby={titleId} data-testid="case-view" data-case-id={caseId}>
      <CaseHeader summary={detail.case} links={detail.links} recontact={detail.recontact} agentName={agentName} titleId={titleId} readOnly={detail.readOnly}
        block={block} />
      {detail.readOnly ? null : <CaseBlockBanner block={block} />}
      {/* In the flow, above the thread: it never covers a message. */}
      <div className="case-assist">
        <TypeGuidance guidance={detail.guidance} />
        {detail.readOnly ? null : <Suggestions caseId={caseId} />}
      </div>
      <DerivationPanel detail={detail} />
      <MutationIssues mutations={detail.mutations} />
      <MessageThread messages={detail.messages} channel={detail.case.channel} purged={detail.case.purged} readOnly={detail.readOnly}
        earlier={detail.earlier} />
      {detail.readOnly ? null : <ReplyTo replyTo={detail.replyTo} />}
      {detail.readOnly ? <ReadOnlyNote detail={detail} /> : (
        <Composer summary={detail.case} agentName={agentName} onResolve={() => useResolveRequest.getState().ask(caseId)} actions={
          <StatusActions caseId={caseId} caseNumber={detail.case.number} status={detail.case.status} reason={detail.case.reason}
            product={detail.case.product} />
        } />
      )}
    </article>
  );
}
