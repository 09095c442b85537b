// Who the customer is: name, segment, location, influence with its reasons, their accounts on
// every channel (validated or not) and the record's own notes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerIdentity, CustomerProfile } from '../../../shared/customer.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { IdentityList } from './IdentityList.tsx';
import { InfluenceReasons } from './InfluenceReasons.tsx';
import { CustomerText } from '../../ui/CustomerText.tsx';

interface Props {
  profile: CustomerProfile;
  onUnlink?: ((identity: CustomerIdentity) => void) | undefined;
}

export function CustomerProfileView({ profile, onUnlink }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const identitiesId = useId();
  const notesId = useId();
  const { level } = profile.influence;
  return (
    <>
      <header className="customer-head">
        <CustomerText as="h2" className="customer-name" data-testid="customer-name" text={profile.name} />
        <span className={`customer-segment segment-${profile.segment}`} data-testid="customer-segment">
          {t(`customer.segment.${profile.segment}`)}
        </span>
      </header>
      <dl className="customer-facts" aria-label={t('customer.facts')}>
        <div><dt>{t('customer.location')}</dt>{profile.location === null ? <dd>{t('customer.locationUnknown')}</dd> : <CustomerText as="dd" text={profile.location} />}</div>
        <div><dt>{t('customer.followers')}</dt><dd>{new Intl.NumberFormat(locale).format(profile.followers)}</dd></div>
        <div><dt>{t('customer.publicFigure')}</dt><dd data-testid="customer-public-figure">{profile.publicFigure ? t('customer.yes') : t('customer.no')}</dd></div>
        <div>
          <dt>{t('customer.influence')}</dt>
          <dd>
            <span className={`influence influence-${level}`} data-testid="customer-influence" data-level={level}>
              {t(`customer.influenceLevel.${level}`)}
            </span>
            <InfluenceReasons influence={profile.influence} />
          </dd>
        </div>
      </dl>
      <section className="customer-section" aria-labelledby={identitiesId}>
        <h3 id={identitiesId}>{t('customer.identities')}</h3>
        <IdentityList identities={profile.identities} onUnlink={onUnlink} />
      </section>
      {profile.notes ? (
        <section className="customer-section" aria-labelledby={notesId}>
          <h3 id={notesId}>{t('customer.recordNotes')}</h3>
          <CustomerText as="p" className="customer-record-notes" data-testid="customer-record-notes" text={profile.notes} />
        </section>
      ) : null}
    </>
  );
}
