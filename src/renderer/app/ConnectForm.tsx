// Sign in to an organisation's server: server address, user, password → connect. Failures are
// shown in plain words; the password never leaves this form except in the connect call.
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/contract.ts';
import { api } from '../lib/bridge.ts';
import { useSignIn } from './useSignIn.ts';

interface ConnectFormProps {
  run: (call: () => Promise<Session>) => Promise<Session>;
  initial?: { server: string; username: string };
  onCancel?: () => void;
  onConnected?: () => void;
  disabled?: boolean;
}

export function ConnectForm({ run, initial, onCancel, onConnected, disabled = false }: ConnectFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [server, setServer] = useState(initial?.server ?? '');
  const [username, setUsername] = useState(initial?.username ?? '');
  const [password, setPassword] = useState('');
  const { busy, error, submit: signIn } = useSignIn(run, onConnected);
  const submit = (event: SubmitEvent) => signIn(event, server, (address) => api.connect({ server: address, username: username.trim(), password }));

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <label htmlFor={`${id}-server`}>{t('connect.server')}</label>
      <input id={`${id}-server`} type="url" required autoComplete="url" value={server}
        placeholder="https://" aria-describedby={`${id}-hint`} onChange={(e) => setServer(e.target.value)} />
      <p id={`${id}-hint`} className="hint">{t('connect.serverHint')}</p>
      <label htmlFor={`${id}-user`}>{t('connect.username')}</label>
      <input id={`${id}-user`} required autoComplete="username" value={username}
        onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor={`${id}-password`}>{t('connect.password')}</label>
      <input id={`${id}-password`} type="password" required autoComplete="current-password" value={password}
        onChange={(e) => setPassword(e.target.value)} />
      {error ? <p className="error" role="alert" data-testid="connect-error">{error}</p> : null}
      <div className="actions">
        <button type="submit" className="button primary" data-testid="connect-submit"
          disabled={busy || disabled || !server || !username || !password}>
          {busy ? t('connect.connecting') : t('connect.submit')}
        </button>
        {onCancel ? <button type="button" className="button" onClick={onCancel}>{t('connect.cancel')}</button> : null}
      </div>
    </form>
  );
}
