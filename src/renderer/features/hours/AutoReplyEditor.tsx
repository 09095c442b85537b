// The out-of-hours texts of one channel at a time: on or off, a text per language, an optional
// emergency line, and which placeholders an unattended message can fill. The channel chooser
// stays usable read-only, so agents can read every channel's texts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPublicChannel } from '../../../shared/channels.ts';
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../../shared/domain.ts';
import type { ChannelForm, RepliesForm } from './autoReplyForm.ts';
import { unknownPlaceholders } from '../../../shared/autoreply/text.ts';
import { SyntaxHelp } from '../../ui/SyntaxHelp.tsx';

interface Props {
  form: RepliesForm;
  canEdit: boolean;
  onChange: (form: RepliesForm) => void;
}

const PLACEHOLDERS = [['{{nombre}} / {{name}}', 'name'], ['{{customer.name}}', 'fullName'], ['{{apertura}} / {{opening}}', 'opening']] as const;

export function AutoReplyEditor({ form, canEdit, onChange }: Props) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const current = form.channels[channel];
  const set = (patch: Partial<ChannelForm>) => onChange({ ...form, channels: { ...form.channels, [channel]: { ...current, ...patch } } });
  const setText = (field: 'texts' | 'emergency', language: Language, value: string) => set({ [field]: { ...current[field], [language]: value } });
  const language = (l: Language) => t(`templatesPanel.languages.${l}`);

  return (
    <section className="hours-section" aria-labelledby="replies-title" data-testid="auto-replies">
      <h3 id="replies-title">{t('hours.replies.title')}</h3>
      <p className="hint">{t('hours.replies.intro')}</p>
      <div className="form">
        <label htmlFor="replies-channel">{t('hours.replies.channel')}</label>
        <select id="replies-channel" data-testid="replies-channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>{`${t(`channel.${c}`)} — ${form.channels[c].enabled ? t('hours.replies.on') : t('hours.replies.off')}`}</option>
          ))}
        </select>
      </div>
      <fieldset className="reply-texts form" disabled={!canEdit}>
        <legend className="sr-only">{t(`channel.${channel}`)}</legend>
        <label className="check">
          <input type="checkbox" checked={current.enabled} data-testid="replies-enabled" onChange={(e) => set({ enabled: e.target.checked })} />
          {t('hours.replies.enabled')}
        </label>
        {isPublicChannel(channel) ? (
          <>
            <p className="hint public-note">{t('hours.replies.publicNote')}</p>
            <label className="check">
              <input type="checkbox" checked={current.allowPublic} onChange={(e) => set({ allowPublic: e.target.checked })} />
              {t('hours.replies.allowPublic')}
            </label>
          </>
        ) : null}
        {LANGUAGES.map((l) => (
          <div key={l} className="reply-language">
            <label htmlFor={`reply-text-${l}`}>{t('hours.replies.text', { language: language(l) })}</label>
            <textarea id={`reply-text-${l}`} rows={3} value={current.texts[l]} data-testid={`reply-text-${l}`}
              aria-describedby={`reply-unknown-${l}`} onChange={(e) => setText('texts', l, e.target.value)} />
            <Unknown id={`reply-unknown-${l}`} text={current.texts[l]} />
            <label htmlFor={`reply-emergency-${l}`}>{t('hours.replies.emergency', { language: language(l) })}</label>
            <textarea id={`reply-emergency-${l}`} rows={1} value={current.emergency[l]} aria-describedby={`reply-emergency-unknown-${l} reply-emergency-hint`}
              onChange={(e) => setText('emergency', l, e.target.value)} />
            <Unknown id={`reply-emergency-unknown-${l}`} text={current.emergency[l]} />
          </div>
        ))}
        <p id="reply-emergency-hint" className="hint">{t('hours.replies.emergencyHint')}</p>
        <p className="hint">{t('hours.replies.fallback', { language: language(form.base.fallbackLanguage) })}</p>
      </fieldset>
      <SyntaxHelp summary={t('hours.replies.help')}
        entries={PLACEHOLDERS.map(([code, key]) => [code, t(`hours.replies.placeholders.${key}`)] as const)} />
    </section>
  );
}

function Unknown({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const names = unknownPlaceholders(text).map((n) => `{{${n}}}`).join(', ');
  return <p id={id} className="template-warning-text" data-testid="reply-unknown">{names ? t('hours.replies.unknown', { names }) : null}</p>;
}
