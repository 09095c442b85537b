// Time since the customer's oldest unanswered message, coloured by the channel's SLA
// (src/shared/sla.ts); the level is also an icon and words, never colour alone.
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../shared/domain.ts';
import { slaElapsedMs, slaLevel } from '../../shared/sla.ts';
import { formatWait } from '../lib/formatWait.ts';
import { Icon } from './Icon.tsx';

const ICON = { ok: 'clock', warning: 'warning', late: 'cross' } as const;

/** `now`: the server's time (useServerNow), as the case's times are. */
export function SlaClock({ waitingSince, channel, now }: { waitingSince: string | null; channel: Channel; now: number }) {
  const { t } = useTranslation();
  const level = slaLevel(waitingSince, channel, now);
  const elapsed = slaElapsedMs(waitingSince, now);
  if (level === null || elapsed === null) return null;
  const duration = formatWait(t, elapsed);
  const label = t('sla.label', { duration, level: t(`sla.${level}`) });
  return (
    <span className={`sla sla-${level}`} data-testid="sla-clock" data-level={level} title={label}>
      <Icon name={ICON[level]} />
      <span aria-hidden="true">{duration}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
