import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import type { TemplateValues } from '../../../shared/templates.ts';
import { api } from '../../lib/bridge.ts';
import { caseValues } from '../../lib/templateValues.ts';

export interface CaseContext {
  /** Its limit is what "too long" means. */
  channel: Channel;
  /** What placeholders become when inserted into this case's reply. */
  values: TemplateValues;
}

interface Found {
  caseId: string;
  summary: CaseSummary | null;
  agentName: string;
}

/** The open case's channel and template values; null with no case open, or until they are read. */
export function useCaseContext(caseId: string | null): CaseContext | null {
  const { t } = useTranslation();
  const [found, setFound] = useState<Found | null>(null);
  useEffect(() => {
    if (caseId === null) return;
    let active = true;
    Promise.all([api.getCase({ caseId }), api.getSession({})]).then(
      ([detail, session]) => active && setFound({ caseId, summary: detail?.case ?? null, agentName: session.profile?.agentName ?? '' }),
      () => active && setFound({ caseId, summary: null, agentName: '' }), // warnings then speak of "this channel"
    );
    return () => {
      active = false;
    };
  }, [caseId]);
  if (caseId === null || found?.caseId !== caseId || !found.summary) return null;
  return { channel: found.summary.channel, values: caseValues(found.summary, found.agentName, t) };
}
