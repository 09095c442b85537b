import { useTranslation } from 'react-i18next';
import type { CustomerCandidate } from '../../../shared/customer.ts';
import { isolateBidi } from '../../../shared/bidi.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

/** A record as the pickers list it: name, segment and accounts. */
export function CandidateLine({ candidate }: { candidate: CustomerCandidate }) {
  const { t } = useTranslation();
  return (
    <p className="candidate-line">
      <CustomerText as="strong" className="candidate-name" text={candidate.name} />{' '}
      <span className="hint">{t(`customer.segment.${candidate.segment}`)}</span>
      <span className="candidate-identities">
        {candidate.identities.map((i) => `${t(`channel.${i.channel}`)}: ${isolateBidi(i.handle)}`).join(' · ')}
      </span>
    </p>
  );
}
