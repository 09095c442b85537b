// A trainee's case, read-only, as the trainee has it now: its facts and the thread. Every text in
// it (the customer's, the trainee's replies) is rendered as text, never as HTML.
import { useTranslation } from 'react-i18next';
import type { ClassCase } from '../../../shared/classes/wire.ts';
import { api } from '../../lib/bridge.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import type { CaseRef } from './BoardTable.tsx';
import { classErrorText } from './classError.ts';
import { useAsk } from './useAsk.ts';
import { useScenarioTime } from './useScenarioTime.ts';

export function TraineeCaseDialog({ classId, open, onClose }: { classId: string; open: CaseRef | null; onClose: () => void }) {
  const { t } = useTranslation();
  const key = open ? `case:${classId}:${open.trainee}:${open.caseId}` : null;
  const asked = useAsk<ClassCase>(key, () => api.classCase({ classId, trainee: open?.trainee ?? '', caseId: open?.caseId ?? '' }));
  return (
    <Dialog open={open !== null} wide testId="class-case-dialog" onClose={onClose}
      title={open ? t('classes.case.title', { number: open.number, name: open.traineeName }) : ''}>
      <p className="hint">{t('classes.case.readOnly')}</p>
      {asked.error ? <p className="error" role="alert" data-testid="class-case-error">{classErrorText(t, asked.error)}</p> : null}
      {asked.loading ? <p className="hint" role="status">{t('classes.case.loading')}</p> : null}
      {asked.data ? <CaseBody data={asked.data} /> : null}
    </Dialog>
  );
}

function CaseBody({ data }: { data: ClassCase }) {
  const { t } = useTranslation();
  const scenarioTime = useScenarioTime();
  return (
    <div className="class-case-body" data-testid="class-case">
      <dl className="case-facts">
        <div><dt>{t('classes.case.customer')}</dt><CustomerText as="dd" text={data.customer} /></div>
        <div><dt>{t('caseView.channel')}</dt><dd><ChannelTag channel={data.channel} /></dd></div>
        <div><dt>{t('classes.case.status')}</dt><dd data-testid="class-case-status">{t(`status.${data.status}`)}</dd></div>
        <div><dt>{t('resolve.factReason')}</dt><dd data-testid="class-case-reason">{data.reason ? t(`resolve.reasons.${data.reason}`) : t('classes.case.noReason')}</dd></div>
        <div><dt>{t('triage.typeLabel')}</dt><dd>{data.messageType ? t(`triage.type.${data.messageType}`) : t('classes.case.noType')}</dd></div>
      </dl>
      {data.messages.length === 0 ? <p className="hint">{t('caseView.noMessages')}</p> : (
        <ol className="message-list class-thread" aria-label={t('caseView.thread')}>
          {data.messages.map((m) => (
            <li key={m.id} className={`message message-${m.from === 'agent' ? 'reply' : m.from === 'engine' ? 'auto_reply' : 'customer'}`}
              data-testid="class-case-message" data-from={m.from} data-public={m.public}>
              <div className="message-head">
                <span className="author">{m.author === null ? t(`classes.case.from.${m.from}`) : <CustomerText text={m.author} />}</span>
                <span>{t(`classes.case.from.${m.from}`)}</span>
                <span>{m.public ? t('visibility.public') : t('visibility.private')} · {t(`channelShort.${m.channel}`)}</span>
                <time dateTime={m.at}>{scenarioTime(m.at)}</time>
              </div>
              <CustomerText as="p" className="message-text" text={m.text} data-testid="class-case-text" />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
