// Why the customer's influence is what it is, in words (the rule lives in shared/triage/influence.ts).
import { useTranslation } from 'react-i18next';
import { INFLUENCE_THRESHOLDS, type Influence } from '../../../shared/triage/influence.ts';
import { useFormatters } from '../../lib/useFormatters.ts';

export function InfluenceReasons({ influence }: { influence: Influence }) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(useFormatters().locale);
  if (influence.reasons.length === 0) {
    return <p className="influence-reasons hint">{t('customer.noReasons', { threshold: number.format(INFLUENCE_THRESHOLDS.medium) })}</p>;
  }
  return (
    <ul className="influence-reasons" data-testid="influence-reasons">
      {influence.reasons.map((reason) => {
        if (reason.code !== 'followers') return <li key={reason.code}>{t(`customer.reasons.${reason.code}`)}</li>;
        const followers = Number(reason.detail);
        const band = followers >= INFLUENCE_THRESHOLDS.high ? 'high' : 'medium';
        return (
          <li key={reason.code}>
            {t('customer.reasons.followers', {
              followers: number.format(followers),
              threshold: number.format(INFLUENCE_THRESHOLDS[band]),
              level: t(`customer.influenceLevel.${band}`).toLowerCase(),
            })}
          </li>
        );
      })}
    </ul>
  );
}
