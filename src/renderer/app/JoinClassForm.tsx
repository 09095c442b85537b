// A trainee joins a class: the training server's address and the one-time code the trainer
// handed out → joinClass. A wrong or used code, or a server that gives no classes, is said in
// the trainee's words; the code leaves this form only in the join call.
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/contract.ts';
import { api } from '../lib/bridge.ts';
import { useSignIn } from './useSignIn.ts';

interface JoinClassFormProps {
  run: (call: () => Promise<Session>) => Promise<Session>;
  onCancel: () => void;
  disabled?: boolean;
}

export function JoinClassForm({ run, onCancel, disabled = false }: JoinClassFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [server, setServer] = useState('');
  const [code, setCode] = useState('');
  const { busy, error, submit: join } = useSignIn(run);
  const submit = (event: SubmitEvent) => join(event, server, (address) => api.joinClass({ server: address, code: code.trim() }));

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <label htmlFor={`${id}-server`}>{t('joinClass.server')}</label>
      <input id={`${id}-server`} type="url" required autoComplete="url" value={server} autoFocus
        placeholder="http://" aria-describedby={`${id}-server-hint`} onChange={(e) => setServer(e.target.value)} />
      <p id={`${id}-server-hint`} className="hint">{t('joinClass.serverHint')}</p>
      <label htmlFor={`${id}-code`}>{t('joinClass.code')}</label>
      <input id={`${id}-code`} required autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} value={code}
        aria-describedby={`${id}-code-hint`} onChange={(e) => setCode(e.target.value)} />
      <p id={`${id}-code-hint`} className="hint">{t('joinClass.codeHint')}</p>
      {error ? <p className="error" role="alert" data-testid="join-class-error">{error}</p> : null}
      <div className="actions">
        <button type="submit" className="button primary" data-testid="join-class-submit"
          disabled={busy || disabled || !server.trim() || code.trim().length < 4}>
          {busy ? t('joinClass.joining') : t('joinClass.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('joinClass.cancel')}</button>
      </div>
    </form>
  );
}
