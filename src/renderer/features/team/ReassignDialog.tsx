// Reassigning a case: choose the agent, confirm. Queued like any change (offline too); what the
// server answers shows in the list of reassignments.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract.ts';
import type { TeamQueueCase, TeamView } from '../../../shared/team.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Dialog } from '../../ui/Dialog.tsx';

/** Refused before it was queued: a missing case or agent is said in the team's words, not a channel's. */
const ASKED_AGAIN = { invalid_target: 'team.refusal.choose_target', not_supervisor: 'team.refusal.not_supervisor' } as const;
const askedAgain = (code: string) => (Object.hasOwn(ASKED_AGAIN, code) ? ASKED_AGAIN[code as keyof typeof ASKED_AGAIN] : null);

interface ReassignDialogProps {
  view: TeamView;
  moving: TeamQueueCase | null;
  onClose: () => void;
}

export function ReassignDialog({ view, moving, onClose }: ReassignDialogProps) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setTo('');
    setError(null);
    onClose();
  };
  const nameOf = (username: string | null) => (username === null ? t('team.unassigned') : (view.agents.find((a) => a.username === username)?.name ?? username));
  const confirm = async () => {
    if (!moving || to === '') return;
    setBusy(true);
    try {
      await api.reassignCase({ caseId: moving.caseId, to });
      close();
    } catch (caught) {
      setError(contractError(caught));
    } finally {
      setBusy(false);
    }
  };
  const errorWords = (failure: ContractError) => {
    const own = askedAgain(failure.code);
    return own ? t(own) : errorText(t, failure);
  };
  // The server refuses a case to a disabled agent: they are not offered.
  const choices = view.agents.filter((a) => a.username !== moving?.agent && !a.disabled);
  return (
    <Dialog open={moving !== null} title={moving ? t('team.reassignTitle', { number: moving.number }) : ''} onClose={close} testId="team-reassign-dialog">
      {moving ? (
        <form className="reassign-form" onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}>
          <p>{t('team.reassignFrom', { agent: nameOf(moving.agent) })}</p>
          <label>
            {t('team.reassignTo')}{' '}
            <select value={to} data-testid="team-reassign-to" required onChange={(e) => setTo(e.target.value)}>
              <option value="">{t('team.chooseAgent')}</option>
              {choices.map((a) => <option key={a.username} value={a.username}>{a.name} ({a.team})</option>)}
            </select>
          </label>
          {to === '' ? null : (
            <p className="hint">
              {moving.agent === null ? t('team.confirmHintUnassigned', { to: nameOf(to) }) : t('team.confirmHint', { from: nameOf(moving.agent), to: nameOf(to) })}
            </p>
          )}
          {error ? <p className="error" role="alert" data-testid="team-reassign-error">{errorWords(error)}</p> : null}
          <div className="draw-actions">
            <button type="submit" className="button" disabled={busy || to === ''} data-testid="team-reassign-confirm">
              {to === '' ? t('team.reassign') : t('team.confirm', { agent: nameOf(to) })}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
