// Opens a calibration session over this pack's cases: the supervisors named review them too,
// the one opening it is the benchmark. Online only, like drawing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';

export function CalibrationForm({ packId, onOpened }: { packId: string; onOpened: (packId: string) => void }) {
  const { t } = useTranslation();
  const [reviewers, setReviewers] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    const names = reviewers.split(',').map((r) => r.trim()).filter((r) => r !== '');
    setBusy(true);
    setError(null);
    try {
      const session = await api.openCalibration({ packId, reviewers: names });
      onOpened(session.packId);
    } catch (caught) {
      setError(contractError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="calibration-form" onSubmit={(event) => {
      event.preventDefault();
      void open();
    }}>
      <label>{t('qa.calibration.reviewers')} <input value={reviewers} data-testid="qa-calibration-reviewers" onChange={(e) => setReviewers(e.target.value)} /></label>
      <button type="submit" className="button ghost" disabled={busy || reviewers.trim() === ''} data-testid="qa-calibration-open">{t('qa.calibration.open')}</button>
      {error ? <p className="error" role="alert" data-testid="qa-calibration-error">{errorText(t, error)}</p> : null}
    </form>
  );
}
