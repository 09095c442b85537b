// What the protocol says to do next: the guidance for the latest customer message's type (the
// agent's choice when they made one) on the case's channel.
import type { Channel } from '../../shared/domain.ts';
import type { Message, TypeGuidance } from '../../shared/models.ts';
import { guidanceFor } from '../../shared/triage/index.ts';

export function caseGuidance(messages: readonly Message[], channel: Channel): TypeGuidance | null {
  const latest = messages.findLast((m) => m.kind === 'customer' && m.triage !== null);
  if (!latest?.triage) return null;
  return { messageId: latest.id, type: latest.triage.type, code: guidanceFor(latest.triage.type, channel) };
}
