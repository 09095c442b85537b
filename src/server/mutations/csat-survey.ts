// The satisfaction survey a resolution may send: decided and sent in the same transaction as the
// resolution, once per case (the csat_surveys row is the guard: resolving again sends nothing).
import { csatSettingsFrom, CSAT_SETTING, surveyLanguage, surveyText } from '../../shared/csat/settings.ts';
import { isSampled, surveyChannel } from '../../shared/csat/sample.ts';
import type { Channel } from '../../shared/domain.ts';
import type { CaseFacts } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import type { MutationContext } from './types.ts';

/** Sends the case's survey when it is sampled and has none yet; a public case only where it has a private pair. */
export async function sendSurveyOnResolution(tx: Tx, ctx: MutationContext, found: CaseFacts, now: string): Promise<void> {
  const facts = await tx.csat.facts(found.id);
  if (!facts || facts.surveyed) return;
  const { settings } = csatSettingsFrom(await tx.settings.value(CSAT_SETTING));
  const channel = found.channel as Channel;
  const to = surveyChannel(channel);
  if (to === null) return;
  if (!isSampled(settings, { caseId: found.id, channel, messageType: facts.messageType, agent: found.assignedTo, team: facts.team })) return;
  const language = surveyLanguage(facts.language);
  const text = surveyText(settings.questions[language], language);
  const messageId = `${found.id}.survey`;
  const author = (await tx.organisation.companyName()) ?? 'Encuesta';
  await tx.csat.send({ caseId: found.id, messageId, author, text, agent: found.assignedTo, team: facts.team, channel: to, language, sentAt: now });
  // Caused by the resolution: the outbound log names its console.
  const { username, clientId, mutationId } = ctx;
  await tx.outbound.record({ caseId: found.id, channel: to, identityId: found.identityId, text, kind: 'survey', mutationId, clientId, username, sentAt: now });
  await tx.feed.publishMessage(messageId);
}
