// Moving a public conversation to a private channel [pasar a privado] (seed 001: a case that
// starts in public moves to private before private data is exchanged: tweet → DM, comment →
// Messenger, e-mail). Where each public channel may move to, and which company templates invite
// the customer, are the setting document `move_to_private`; without it the console offers the
// defaults of private-targets.ts and a plain invitation of its own.
import { z } from 'zod';
import { CHANNEL_INFO } from './channels.ts';
import { CHANNELS, type Channel, type Language } from './domain.ts';
import { DEFAULT_PRIVATE_TARGETS, isPublicCaseChannel } from './private-targets.ts';

export { DEFAULT_PRIVATE_TARGETS, isPublicCaseChannel, type PublicChannel } from './private-targets.ts';

export const MOVE_TO_PRIVATE_SETTING = 'move_to_private';

const isPrivate = (channel: Channel) => CHANNEL_INFO[channel].visibility === 'private';

const PrivateChannel = z.enum(CHANNELS).refine(isPrivate, 'a target must be a private channel');

export const MoveToPrivateDocument = z.object({
  version: z.literal(1),
  channels: z.partialRecord(z.enum(['facebook_post', 'x_mention', 'instagram_comment', 'mercadolibre']), z.object({
    targets: z.array(PrivateChannel).min(1).max(5),
    /** Company templates that invite the customer; the one in the case's language is used. */
    templates: z.array(z.string().min(1).max(200)).max(10).default([]),
  })),
});
export type MoveToPrivateDocument = z.infer<typeof MoveToPrivateDocument>;

export interface MoveToPrivatePlan {
  targets: Channel[];
  templateIds: string[];
}

/** Where a case on `channel` may move, and the templates to invite with; null for a private channel. */
export function moveToPrivatePlan(document: unknown, channel: Channel): MoveToPrivatePlan | null {
  if (!isPublicCaseChannel(channel)) return null;
  const parsed = MoveToPrivateDocument.safeParse(document);
  const configured = parsed.success ? parsed.data.channels[channel] : undefined;
  return configured
    ? { targets: configured.targets, templateIds: configured.templates }
    : { targets: DEFAULT_PRIVATE_TARGETS[channel], templateIds: [] };
}

/**
 * The invitation when no company template fits: the customer's language, the agent's name, no
 * promise that the company wrote first (it has not: the customer is asked to write).
 */
export const FALLBACK_INVITATIONS: Record<Language, string> = {
  es: 'Hola {{customer.firstName || ""}}, queremos ayudarte. Para cuidar tus datos seguimos por un canal privado: escribinos por mensaje privado y te respondemos ahí. Por favor no publiques datos personales. Saludos, {{agent.name}}',
  en: 'Hi {{customer.firstName || "there"}}, we want to help. To keep your details safe, please send us a private message and we will answer you there. Please do not post personal details publicly. {{agent.name}}',
  pt: 'Olá {{customer.firstName || ""}}, queremos ajudar. Para proteger seus dados, envie-nos uma mensagem privada e responderemos por lá. Por favor, não publique dados pessoais. {{agent.name}}',
};
