// Which channels a template is meant for: all of them, or the ones ticked.
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../shared/domain.ts';

interface Props {
  all: boolean;
  channels: readonly Channel[];
  error: string | null;
  onChange: (all: boolean, channels: Channel[]) => void;
}

export function ChannelChoice({ all, channels, error, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (channel: Channel, on: boolean) =>
    onChange(false, CHANNELS.filter((c) => (c === channel ? on : channels.includes(c))));
  return (
    <fieldset className="channel-choice" data-testid="template-channels" aria-describedby="template-channels-error">
      <legend>{t('templatesPanel.editor.channels')}</legend>
      <label><input type="radio" name="template-channels" checked={all} onChange={() => onChange(true, [...channels])} />
        {t('templatesPanel.editor.allChannels')}</label>
      <label><input type="radio" name="template-channels" checked={!all} data-testid="template-some-channels"
        onChange={() => onChange(false, [...channels])} />{t('templatesPanel.editor.someChannels')}</label>
      {all ? null : (
        <div className="channel-grid">
          {CHANNELS.map((channel) => (
            <label key={channel}>
              <input type="checkbox" value={channel} checked={channels.includes(channel)} onChange={(e) => toggle(channel, e.target.checked)} />
              {t(`channel.${channel}`)}
            </label>
          ))}
        </div>
      )}
      <p id="template-channels-error" className="error">{error}</p>
    </fieldset>
  );
}
