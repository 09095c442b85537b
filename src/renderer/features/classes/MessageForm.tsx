// An ad-hoc customer message, written now: to one trainee or to every one, on a channel, from a
// customer the trainer names. Each trainee's store gets it as a customer's inbound message.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassSummary } from '../../../shared/classes/wire.ts';
import type { ContractError } from '../../../shared/contract.ts';
import { CHANNELS, type Channel } from '../../../shared/domain.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { classErrorText } from './classError.ts';

const ALL = '';

export function MessageForm({ summary }: { summary: ClassSummary }) {
  const { t } = useTranslation();
  const ids = useId();
  const [to, setTo] = useState(ALL);
  const [channel, setChannel] = useState<Channel>('webchat');
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [delivered, setDelivered] = useState<number | null>(null);
  const finished = summary.state === 'finished';
  const ready = name.trim() !== '' && handle.trim() !== '' && text.trim() !== '';

  const send = async () => {
    if (!ready) return;
    setBusy(true);
    setError(null);
    setDelivered(null);
    try {
      const answer = await api.classMessage({
        classId: summary.classId, trainee: to === ALL ? null : to, channel, customer: { name: name.trim(), handle: handle.trim() }, text,
      });
      setDelivered(answer.delivered);
      setText('');
    } catch (caught) {
      setError(contractError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="class-message" data-testid="class-message-form" aria-labelledby={`${ids}-title`} onSubmit={(event) => {
      event.preventDefault();
      void send();
    }}>
      <h3 id={`${ids}-title`}>{t('classes.message.title')}</h3>
      <p className="hint">{t('classes.message.hint')}</p>
      {finished ? <p className="hint" data-testid="class-message-finished">{t('classes.message.finished')}</p> : null}
      <div className="class-message-grid">
        <label className="class-field">
          <span>{t('classes.message.to')}</span>
          <select value={to} data-testid="class-message-to" onChange={(e) => setTo(e.target.value)}>
            <option value={ALL}>{t('classes.message.everyone', { count: summary.trainees.length })}</option>
            {summary.trainees.map((trainee) => <option key={trainee.username} value={trainee.username}>{trainee.name} ({trainee.username})</option>)}
          </select>
        </label>
        <label className="class-field">
          <span>{t('classes.message.channel')}</span>
          <select value={channel} data-testid="class-message-channel" onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </label>
        <label className="class-field">
          <span>{t('classes.message.customerName')}</span>
          <input value={name} maxLength={200} required data-testid="class-message-name" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="class-field">
          <span>{t('classes.message.handle')}</span>
          <input value={handle} maxLength={200} required data-testid="class-message-handle" placeholder={t('classes.message.handleHint')} onChange={(e) => setHandle(e.target.value)} />
        </label>
      </div>
      <label className="class-field">
        <span>{t('classes.message.text')}</span>
        <textarea value={text} rows={3} maxLength={4000} required data-testid="class-message-text" onChange={(e) => setText(e.target.value)} />
      </label>
      {error ? <p className="error" role="alert" data-testid="class-message-error">{classErrorText(t, error)}</p> : null}
      <div className="draw-actions">
        <button type="submit" className="button primary" disabled={busy || finished || !ready} data-testid="class-message-send">{t('classes.message.send')}</button>
        <span role="status" data-testid="class-message-delivered">{delivered === null ? '' : t('classes.message.delivered', { count: delivered })}</span>
      </div>
    </form>
  );
}
