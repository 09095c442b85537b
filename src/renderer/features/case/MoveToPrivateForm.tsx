// The invitation to a private channel, filled with the case's values and shown for review: the
// agent picks the channel, may edit the text, and sends it as a public reply. Fields the
// template could not fill, an empty text or one too long for the public channel block sending.
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { PrivateInvitation } from '../../../shared/contract.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import { renderTemplate } from '../../../shared/templates.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { caseValues } from '../../lib/templateValues.ts';

interface Props {
  summary: CaseSummary;
  agentName: string;
  onDone: () => void;
}

export function MoveToPrivateForm({ summary, agentName, onDone }: Props) {
  const { t } = useTranslation();
  const [invitation, setInvitation] = useState<PrivateInvitation | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    api.getPrivateInvitation({ caseId: summary.id }).then(
      (found) => active && setInvitation(found),
      (failure: unknown) => active && setLoadError(t('movePrivate.loadFailed', { message: errorText(t, contractError(failure)) })),
    );
    return () => {
      active = false;
    };
  }, [summary.id, t]);
  if (loadError) return <p className="error" role="alert">{loadError}</p>;
  if (invitation === undefined) return <p role="status">{t('movePrivate.loading')}</p>;
  if (invitation === null) return <p className="error" role="alert">{t('movePrivate.refused.not_public')}</p>;
  return <InvitationEditor invitation={invitation} summary={summary} agentName={agentName} onDone={onDone} />;
}

function InvitationEditor({ invitation, summary, agentName, onDone }: Props & { invitation: PrivateInvitation }) {
  const { t } = useTranslation();
  const [rendered] = useState(() => renderTemplate(invitation.body, caseValues(summary, agentName, t)));
  const [text, setText] = useState(rendered.text);
  const [target, setTarget] = useState<string>(invitation.targets[0] ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { target: useId(), text: useId(), problem: useId(), counter: useId() };
  const max = CHANNEL_INFO[summary.channel].maxLength;
  const count = Array.from(text).length;
  const channelName = t(`channel.${summary.channel}`);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const unfilled = rendered.holes.map((h) => rendered.text.slice(h.start, h.end)).filter((label) => text.includes(label));
    const blocked = text.trim() === '' ? t('movePrivate.empty')
      : unfilled.length > 0 ? t('movePrivate.holes', { holes: [...new Set(unfilled)].join(', ') })
        : count > max ? t('movePrivate.tooLong', { channel: channelName, count, max })
          : null;
    const channel = invitation.targets.find((c) => c === target);
    setProblem(blocked);
    if (blocked || !channel) return;
    setBusy(true);
    const templates = invitation.template ? [invitation.template] : undefined;
    api.moveToPrivate({ caseId: summary.id, text, channel, templates }).then(onDone, (failure: unknown) => {
      setBusy(false);
      setProblem(t('movePrivate.failed', { message: errorText(t, contractError(failure)) }));
    });
  };

  return (
    <form className="form move-private-form" noValidate onSubmit={submit}>
      <p className="hint">{t('movePrivate.intro', { channel: channelName })}</p>
      <label htmlFor={ids.target}>{t('movePrivate.target')}</label>
      <select id={ids.target} value={target} data-testid="move-private-target" onChange={(event) => setTarget(event.target.value)}>
        {invitation.targets.map((channel) => <option key={channel} value={channel}>{t(`channel.${channel}`)}</option>)}
      </select>
      <label htmlFor={ids.text}>{t('movePrivate.text')}</label>
      <textarea id={ids.text} className="reply-box" rows={5} value={text} data-testid="move-private-text"
        aria-invalid={problem !== null} aria-describedby={`${ids.counter} ${problem ? ids.problem : ''}`.trim()}
        onChange={(event) => setText(event.target.value)} />
      <span id={ids.counter} className={count > max ? 'counter over' : 'counter'}>{t('movePrivate.counter', { count, max })}</span>
      {invitation.template ? null : <p className="hint">{t('movePrivate.plain')}</p>}
      <p id={ids.problem} className="error" role="alert" data-testid="move-private-problem">{problem ?? ''}</p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="move-private-send">{t('movePrivate.send')}</button>
        <button type="button" className="button" onClick={onDone}>{t('movePrivate.cancel')}</button>
      </div>
    </form>
  );
}
