// What a template's placeholders become for one case: the same values fill the text inserted
// into the reply and the preview of it beside the case.
import type { TFunction } from 'i18next';
import type { CaseSummary } from '../../shared/models.ts';
import { firstName, todayFor, type TemplateValues } from '../../shared/templates.ts';
import { neutraliseBidi } from '../../shared/bidi.ts';

export function caseValues(summary: CaseSummary, agentName: string, t: TFunction): TemplateValues {
  // The customer's own bidi overrides never reach the reply box, nor the reply sent back to them.
  const name = summary.customerName === null ? null : neutraliseBidi(summary.customerName);
  const values: TemplateValues = {
    'customer.firstName': firstName(name),
    'customer.name': name ?? undefined,
    'agent.name': agentName,
    'case.number': String(summary.number),
    channel: t(`channel.${summary.channel}`),
    today: todayFor(summary.language, Intl.DateTimeFormat().resolvedOptions().timeZone),
  };
  // A missing value stays a hole to fill (or takes the template's fallback).
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value));
}
