// The out-of-hours auto-reply settings, synced as the document `auto_replies`: per channel,
// whether to answer, which texts in which language, an optional emergency line. The guide
// (seed 001) advises against automatic replies on social channels, so public channels and
// reactions, story mentions and campaign replies are left out unless a channel allows them.
// Read like the other settings: valid, used whole; missing, defaults; invalid, defaults and why.
import { z } from 'zod';
import { isPublicChannel } from '../channels.ts';
import { CHANNELS, LANGUAGES } from '../domain.ts';
import { unknownPlaceholders } from './text.ts';

export const AUTO_REPLIES_SETTING = 'auto_replies';

/** Customer messages that are not conversation: left unanswered unless a channel allows them. */
export const SPECIAL_KINDS = ['reaction', 'story_mention', 'campaign'] as const;
export type SpecialKind = (typeof SPECIAL_KINDS)[number];

const Text = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .superRefine((text, ctx) => {
    for (const name of unknownPlaceholders(text)) {
      ctx.addIssue({ code: 'custom', message: `{{${name}}} cannot be filled in an auto-reply: use {{nombre}}/{{name}} and {{apertura}}/{{opening}}` });
    }
  });
const Texts = z.partialRecord(z.enum(LANGUAGES), Text);

export const ChannelAutoReply = z.object({
  enabled: z.boolean(),
  /** Answer on a public channel too (everyone sees the answer): off unless a supervisor says so. */
  allowPublic: z.boolean().default(false),
  allowKinds: z.array(z.enum(SPECIAL_KINDS)).default([]),
  texts: Texts,
  /** A line added after the text, e.g. a phone line for emergencies. */
  emergency: Texts.nullable().default(null),
});
export type ChannelAutoReply = z.infer<typeof ChannelAutoReply>;

export const AutoReplies = z.object({
  version: z.literal(1),
  /** A message older than this (by the server's clock) gets no auto-reply: it would arrive stale. */
  freshnessMinutes: z.number().int().min(1).max(24 * 60).default(15),
  /** No auto-reply while an agent has replied on the case this recently, or since the message. */
  agentQuietMinutes: z.number().int().min(0).max(24 * 60).default(10),
  /** The language used when there is no text in the customer's. */
  fallbackLanguage: z.enum(LANGUAGES).default('es'),
  /** A channel not listed gets no auto-reply. */
  channels: z.partialRecord(z.enum(CHANNELS), ChannelAutoReply),
});
export type AutoReplies = z.infer<typeof AutoReplies>;

const DEFAULT_TEXTS = {
  es: 'Hola {{nombre}}, gracias por escribirnos. En este momento estamos fuera del horario de atención; te responderemos {{apertura}}.',
  en: 'Hi {{name}}, thanks for writing to us. We are outside our service hours right now; we will answer you {{opening}}.',
};

/** On for every private channel, in Spanish and English; public channels stay silent. */
export const DEFAULT_AUTO_REPLIES: AutoReplies = {
  version: 1,
  freshnessMinutes: 15,
  agentQuietMinutes: 10,
  fallbackLanguage: 'es',
  channels: Object.fromEntries(
    CHANNELS.filter((c) => !isPublicChannel(c)).map((c) => [c, { enabled: true, allowPublic: false, allowKinds: [], texts: DEFAULT_TEXTS, emergency: null }]),
  ),
};

/** The auto-reply settings in force and, when the synced document was refused, why. */
export function autoRepliesFrom(value: unknown): { replies: AutoReplies; problem: string | null } {
  if (value === undefined || value === null) return { replies: DEFAULT_AUTO_REPLIES, problem: null };
  const parsed = AutoReplies.safeParse(value);
  return parsed.success
    ? { replies: parsed.data, problem: null }
    : { replies: DEFAULT_AUTO_REPLIES, problem: z.prettifyError(parsed.error) };
}
