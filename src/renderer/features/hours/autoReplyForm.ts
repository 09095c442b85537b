// The `auto_replies` document as the page edits it: every channel with a text box per language,
// empty boxes meaning "no text in this language". Converted back, empty texts are left out and a
// channel nobody configured stays out of the document (no auto-replies there).
import { unknownPlaceholders } from '../../../shared/autoreply/text.ts';
import type { AutoReplies, ChannelAutoReply } from '../../../shared/autoreply/index.ts';
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../../shared/domain.ts';

/** The schema's longest text. */
export const TEXT_MAX = 2000;

export type Texts = Record<Language, string>;

export interface ChannelForm {
  enabled: boolean;
  allowPublic: boolean;
  allowKinds: ChannelAutoReply['allowKinds'];
  texts: Texts;
  emergency: Texts;
}

export interface RepliesForm {
  /** The document's other settings (freshness, quiet minutes, fallback language), kept as they are. */
  base: Omit<AutoReplies, 'channels'>;
  channels: Record<Channel, ChannelForm>;
}

export type RepliesProblem =
  | { key: 'unknown'; channel: Channel; language: Language; names: string }
  | { key: 'tooLong'; channel: Channel; language: Language }
  | { key: 'noText'; channel: Channel };

const texts = (from: Partial<Record<Language, string>> | null | undefined): Texts =>
  Object.fromEntries(LANGUAGES.map((l) => [l, from?.[l] ?? ''])) as Texts;

const filled = (from: Texts): Partial<Record<Language, string>> | null => {
  const entries = LANGUAGES.flatMap((l) => (from[l].trim() === '' ? [] : [[l, from[l]] as const]));
  return entries.length === 0 ? null : Object.fromEntries(entries);
};

export function repliesForm(document: AutoReplies): RepliesForm {
  const { channels, ...base } = document;
  return {
    base,
    channels: Object.fromEntries(CHANNELS.map((c) => {
      const set = channels[c];
      return [c, { enabled: set?.enabled ?? false, allowPublic: set?.allowPublic ?? false, allowKinds: set?.allowKinds ?? [], texts: texts(set?.texts), emergency: texts(set?.emergency) }];
    })) as Record<Channel, ChannelForm>,
  };
}

export function repliesDocument(form: RepliesForm): AutoReplies {
  const channels: AutoReplies['channels'] = {};
  for (const channel of CHANNELS) {
    const c = form.channels[channel];
    const written = filled(c.texts);
    if (!c.enabled && written === null) continue;
    channels[channel] = { enabled: c.enabled, allowPublic: c.allowPublic, allowKinds: c.allowKinds, texts: written ?? {}, emergency: filled(c.emergency) };
  }
  return { ...form.base, channels };
}

export function repliesProblems(form: RepliesForm): RepliesProblem[] {
  const problems: RepliesProblem[] = [];
  for (const channel of CHANNELS) {
    const c = form.channels[channel];
    for (const language of LANGUAGES) {
      for (const text of [c.texts[language], c.emergency[language]]) {
        const names = unknownPlaceholders(text);
        if (names.length > 0) problems.push({ key: 'unknown', channel, language, names: names.map((n) => `{{${n}}}`).join(', ') });
        if (text.trim().length > TEXT_MAX) problems.push({ key: 'tooLong', channel, language });
      }
    }
    // On, but nothing to say in any language: the customer would get nothing (no_text).
    if (c.enabled && filled(c.texts) === null) problems.push({ key: 'noText', channel });
  }
  return problems;
}
