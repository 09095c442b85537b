// The customer's accounts on every channel: the handle, e-mail or phone as written, and whether
// an agent validated that it is theirs (in words and icon, never colour alone).
import { useTranslation } from 'react-i18next';
import type { CustomerIdentity } from '../../../shared/customer.ts';
import { Icon } from '../../ui/Icon.tsx';
import { isolateBidi } from '../../../shared/bidi.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

interface Props {
  identities: readonly CustomerIdentity[];
  /** Offered on the agent's own case when the customer has more than one account. */
  onUnlink?: ((identity: CustomerIdentity) => void) | undefined;
}

export function IdentityList({ identities, onUnlink }: Props) {
  const { t } = useTranslation();
  if (identities.length === 0) return <p className="hint">{t('customer.noIdentities')}</p>;
  return (
    <ul className="customer-identities">
      {identities.map((identity) => (
        <li key={identity.id} className="customer-identity" data-testid="customer-identity" data-channel={identity.channel}
          data-validated={identity.validated}>
          <span className="identity-channel">{t(`channel.${identity.channel}`)}</span>
          <CustomerText as="span" className="identity-handle" text={identity.handle} />
          <span className={identity.validated ? 'identity-validated' : 'identity-unvalidated'}>
            <Icon name={identity.validated ? 'check' : 'warning'} />
            {identity.validated ? t('customer.validated') : t('customer.notValidated')}
          </span>
          {onUnlink && identities.length > 1 ? (
            <button type="button" className="button ghost" data-testid="unlink-identity"
              aria-label={t('customerLinks.unlinkAccount', { account: isolateBidi(identity.handle) })} onClick={() => onUnlink(identity)}>
              {t('customerLinks.unlink')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
