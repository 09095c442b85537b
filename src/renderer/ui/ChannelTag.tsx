// A case's channel with its visibility: public channels are marked so no agent writes private
// data where everyone can read it.
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../shared/channels.ts';
import type { Channel } from '../../shared/domain.ts';
import { Icon } from './Icon.tsx';

export function ChannelTag({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const visibility = CHANNEL_INFO[channel].visibility;
  return (
    <span className={`channel channel-${visibility}`} data-visibility={visibility}>
      <span className="channel-name">{t(`channel.${channel}`)}</span>
      <span className={`visibility visibility-${visibility}`} title={t(`visibility.${visibility}Hint`)}>
        <Icon name={visibility === 'public' ? 'globe' : 'lock'} />
        {t(`visibility.${visibility}`)}
      </span>
    </span>
  );
}
