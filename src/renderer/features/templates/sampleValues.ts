import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain.ts';
import { todayFor, type TemplateValues } from '../../../shared/templates.ts';

/** Made-up values for previews with no case to take them from. */
export function sampleValues(t: TFunction, language: Language): TemplateValues {
  return {
    'customer.firstName': t('templatesPanel.sample.firstName'),
    'customer.name': t('templatesPanel.sample.customerName'),
    'agent.name': t('templatesPanel.sample.agentName'),
    'case.number': '1042',
    channel: t('channel.whatsapp'),
    today: todayFor(language, Intl.DateTimeFormat().resolvedOptions().timeZone),
  };
}
