// "Respondió otro cliente": on a public case, the agent marks that another customer answered on
// the thread (a figure of the reports). Queued like any change, so it works offline; the toggle
// shows the mark at once and a refusal puts the server's back, said in the case's changes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';

export function PeerAnsweredMark({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const toggle = () => {
    setError(null);
    api.markPeerAnswered({ caseId: summary.id, answered: !summary.peerAnswered })
      .catch((failure: unknown) => setError(t('peer.failed', { message: errorText(t, contractError(failure)) })));
  };
  return (
    <div className="peer-answered">
      <button type="button" className="button" aria-pressed={summary.peerAnswered} data-testid="peer-answered" title={t('peer.hint')} onClick={toggle}>
        {t('peer.mark')}
      </button>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </div>
  );
}
