// The two questions asked before a record changes: "did you validate this account is theirs?"
// before a link, and "which record survives?" before a merge. Both can be undone later.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCandidate, CustomerIdentity, CustomerProfile } from '../../../shared/customer.ts';
import { api } from '../../lib/bridge.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useCaseAccount } from './useCaseAccount.ts';
import { isolateBidi } from '../../../shared/bidi.ts';

interface LinkProps {
  caseId: string;
  profile: CustomerProfile;
  target: CustomerCandidate | null;
  /** The queued change, or null when the agent cancelled. */
  onDone: (queued: Promise<unknown> | null) => void;
}

export function LinkDialog({ caseId, target, onDone }: LinkProps) {
  const { t } = useTranslation();
  const [validated, setValidated] = useState(false);
  const account = useCaseAccount(caseId);
  const close = (queued: Promise<unknown> | null) => {
    setValidated(false);
    onDone(queued);
  };
  return (
    <Dialog open={target !== null} title={t('customerLinks.linkTitle')} onClose={() => close(null)} testId="link-dialog">
      {target ? (
        <form className="dialog-body" onSubmit={(event) => {
          event.preventDefault();
          if (validated) close(api.linkIdentity({ caseId, customerId: target.id }));
        }}>
          <p>{t('customerLinks.linkExplain', { account: account === null ? t('customerLinks.thisAccount') : isolateBidi(account), name: isolateBidi(target.name) })}</p>
          <label className="checkbox">
            <input type="checkbox" data-testid="identity-validated" checked={validated} onChange={(event) => setValidated(event.target.checked)} />
            {t('customerLinks.validatedLabel', { name: isolateBidi(target.name) })}
          </label>
          <div className="actions">
            <button type="submit" className="button primary" data-testid="confirm-link" disabled={!validated}>{t('customerLinks.link')}</button>
            <button type="button" className="button" onClick={() => close(null)}>{t('customerLinks.cancel')}</button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}

interface MergeProps {
  caseId: string;
  profile: CustomerProfile;
  other: CustomerCandidate | null;
  onDone: (queued: Promise<unknown> | null) => void;
}

export function MergeDialog({ caseId, profile, other, onDone }: MergeProps) {
  const { t } = useTranslation();
  // The usual choice keeps the fuller record: the one with more accounts.
  const [keep, setKeep] = useState<'this' | 'other' | null>(null);
  const chosen = keep ?? (other && other.identities.length > profile.identities.length ? 'other' : 'this');
  const close = (queued: Promise<unknown> | null) => {
    setKeep(null);
    onDone(queued);
  };
  return (
    <Dialog open={other !== null} title={t('customerLinks.mergeTitle')} onClose={() => close(null)} testId="merge-dialog">
      {other ? (
        <form className="dialog-body" onSubmit={(event) => {
          event.preventDefault();
          const [survivorId, mergedId] = chosen === 'this' ? [profile.id, other.id] : [other.id, profile.id];
          close(api.mergeCustomers({ caseId, survivorId, mergedId }));
        }}>
          <fieldset>
            <legend>{t('customerLinks.survivor')}</legend>
            <label className="radio">
              <input type="radio" name="survivor" data-testid="keep-this" checked={chosen === 'this'} onChange={() => setKeep('this')} />
              {t('customerLinks.keep', { name: isolateBidi(profile.name), count: profile.identities.length })}
            </label>
            <label className="radio">
              <input type="radio" name="survivor" data-testid="keep-other" checked={chosen === 'other'} onChange={() => setKeep('other')} />
              {t('customerLinks.keep', { name: isolateBidi(other.name), count: other.identities.length })}
            </label>
          </fieldset>
          <p className="hint">{t('customerLinks.mergeExplain')}</p>
          <div className="actions">
            <button type="submit" className="button primary" data-testid="confirm-merge">{t('customerLinks.merge')}</button>
            <button type="button" className="button" onClick={() => close(null)}>{t('customerLinks.cancel')}</button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}

interface UnlinkProps {
  caseId: string;
  identity: CustomerIdentity | null;
  onDone: (queued: Promise<unknown> | null) => void;
}

/** Taking an account off the customer needs a reason, kept with the change. */
export function UnlinkDialog({ caseId, identity, onDone }: UnlinkProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const close = (queued: Promise<unknown> | null) => {
    setReason('');
    onDone(queued);
  };
  const ready = reason.trim().length >= 3;
  return (
    <Dialog open={identity !== null} title={t('customerLinks.unlinkTitle')} onClose={() => close(null)} testId="unlink-dialog">
      {identity ? (
        <form className="dialog-body" onSubmit={(event) => {
          event.preventDefault();
          if (ready) close(api.unlinkIdentity({ caseId, identityId: identity.id, reason }));
        }}>
          <p>{t('customerLinks.unlinkExplain', { account: isolateBidi(identity.handle), channel: t(`channel.${identity.channel}`) })}</p>
          <label>
            {t('customerLinks.unlinkReason')}
            <input type="text" data-testid="unlink-reason" maxLength={200} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="button danger" data-testid="confirm-unlink" disabled={!ready}>{t('customerLinks.unlink')}</button>
            <button type="button" className="button" onClick={() => close(null)}>{t('customerLinks.cancel')}</button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
