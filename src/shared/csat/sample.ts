// Which resolved cases get a survey, and where it goes (seed 001: "una muestra, que puede ser
// aleatoria, o bien seleccionar por tipo de caso, por agente o por área", "por el mismo canal").
import { isPublicCaseChannel, type PublicChannel } from '../move-to-private.ts';
import type { Channel } from '../domain.ts';
import type { CsatSettings } from './settings.ts';

/** The same network's private message; MercadoLibre's questions have none, so they are skipped. */
const PRIVATE_PAIR: Record<PublicChannel, Channel | null> = {
  x_mention: 'x_dm',
  facebook_post: 'facebook_messenger',
  instagram_comment: 'instagram_dm',
  mercadolibre: null,
};

/** Where a case on `channel` gets its survey: its own channel, a public one's private pair, or nowhere. */
export function surveyChannel(channel: Channel): Channel | null {
  return isPublicCaseChannel(channel) ? PRIVATE_PAIR[channel] : channel;
}

export interface SurveyCandidate {
  caseId: string;
  channel: Channel;
  messageType: string | null;
  agent: string | null;
  team: string | null;
}

/**
 * Whether a resolved case is in the sample: on a listed channel, and either of a listed type,
 * agent or team, or in the random share. The share is drawn from the case id, so the same case
 * is always in or out, whichever server or retry decides.
 */
export function isSampled(settings: CsatSettings, c: SurveyCandidate): boolean {
  if (!settings.channels.includes(c.channel)) return false;
  const chosen = (list: readonly string[] | undefined, value: string | null) => value !== null && (list?.includes(value) ?? false);
  if (chosen(settings.byType, c.messageType) || chosen(settings.agents, c.agent) || chosen(settings.teams, c.team)) return true;
  return shareOf(c.caseId) < settings.sampleRate;
}

/** A stable number in [0, 1) from the case id (FNV-1a, 32 bits). */
export function shareOf(caseId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < caseId.length; i += 1) {
    hash ^= caseId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}
