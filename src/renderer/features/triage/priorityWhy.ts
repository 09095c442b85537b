// Why a case ranks where it does, in the agent's words: "Alta · retención: «darme de baja»",
// "Urgente · demorado 2× el nivel de servicio". Keyword groups the console has no words for
// (a supervisor may add one) are shown by their code.
import type { TFunction } from 'i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { Channel } from '../../../shared/domain.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import type { PriorityReason } from '../../../shared/triage/priority.ts';

const KNOWN_GROUPS = ['retention', 'legal', 'urgency', 'outage'] as const;
type KnownGroup = (typeof KNOWN_GROUPS)[number];
const isKnownGroup = (group: string): group is KnownGroup => (KNOWN_GROUPS as readonly string[]).includes(group);

export function reasonText(t: TFunction, reason: PriorityReason, channel: Channel): string {
  switch (reason.code) {
    case 'keyword':
      return t('triage.reason.keyword', { group: isKnownGroup(reason.group) ? t(`triage.group.${reason.group}`) : reason.group, phrase: reason.detail });
    case 'segment':
      return t(`triage.reason.segment.${reason.detail}`);
    case 'influence':
      return t(`triage.reason.influence.${reason.detail}`);
    case 'typology':
      return t(`triage.reason.typology.${reason.detail}`);
    case 'late':
      return t('triage.reason.late');
    case 'very_late':
      return t('triage.reason.veryLate', { times: timesLate(Number(reason.detail), channel) });
    case 'recontact':
      return t('triage.reason.recontact');
  }
}

/** How many whole service levels the customer has waited (at least 2 once very late). */
export function timesLate(minutes: number, channel: Channel): number {
  return Math.max(2, Math.floor(minutes / CHANNEL_INFO[channel].slaMinutes));
}

/** The reasons after the priority word, or null when none applied. */
export function reasonsText(t: TFunction, summary: Pick<CaseSummary, 'triage' | 'channel'>): string | null {
  const reasons = summary.triage?.reasons ?? [];
  if (reasons.length === 0) return null;
  return reasons.map((r) => reasonText(t, r, summary.channel)).join(', ');
}
