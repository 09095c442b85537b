import { useTranslation } from 'react-i18next';
import type { CustomerCandidate } from '../../../shared/customer.ts';

/** A record as the pickers list it: name, segment and accounts. */
export function CandidateLine({ candidate }: { candidate: CustomerCandidate }) {
  const { t } = useTranslation();
  return (
    <p className="candidate-line">
      <strong className="candidate-name">{candidate.name}</strong>{' '}
      <span className="hint">{t(`customer.segment.${candidate.segment}`)}</span>
      <span className="candidate-identities">
        {candidate.identities.map((i) => `${t(`channel.${i.channel}`)}: ${i.handle}`).join(' · ')}
      </span>
    </p>
  );
}
