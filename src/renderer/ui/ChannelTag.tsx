// A case's channel with its visibility: public channels are marked so no agent writes private
// data where everyone can read it. The compact form (inbox rows, the case's line) shows an icon
// and a short name that is never cut, and the visibility as a marked icon; screen readers hear
// the full channel name and the visibility word either way.
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../shared/channels.ts';
import type { Channel } from '../../shared/domain.ts';
import { Icon, type IconName } from './Icon.tsx';

const CHANNEL_ICON: Record<Channel, IconName> = {
  facebook_post: 'at', facebook_messenger: 'chat', x_mention: 'at', x_dm: 'chat', instagram_comment: 'at',
  instagram_dm: 'chat', whatsapp: 'phone', email: 'mail', webchat: 'chat', sms: 'phone', mercadolibre: 'store',
};

export function ChannelTag({ channel, compact = false }: { channel: Channel; compact?: boolean }) {
  const { t } = useTranslation();
  const visibility = CHANNEL_INFO[channel].visibility;
  const name = t(`channel.${channel}`);
  const hint = t(`visibility.${visibility}Hint`);
  if (compact) {
    return (
      <span className={`channel channel-${visibility} compact`} data-visibility={visibility} title={`${name} · ${hint}`}>
        <Icon name={CHANNEL_ICON[channel]} />
        <span className="channel-name" data-testid="channel-name" aria-hidden="true">{t(`channelShort.${channel}`)}</span>
        <span className="sr-only">{name}</span>
        <span className={`visibility visibility-${visibility}`} data-testid="visibility-mark">
          <Icon name={visibility === 'public' ? 'globe' : 'lock'} />
          <span className="sr-only">{t(`visibility.${visibility}`)}</span>
        </span>
      </span>
    );
  }
  return (
    <span className={`channel channel-${visibility}`} data-visibility={visibility}>
      <span className="channel-name">{name}</span>
      <span className={`visibility visibility-${visibility}`} title={hint}>
        <Icon name={visibility === 'public' ? 'globe' : 'lock'} />
        {t(`visibility.${visibility}`)}
      </span>
    </span>
  );
}
