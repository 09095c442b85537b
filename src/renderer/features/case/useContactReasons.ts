// The contact reasons the server syncs, labelled in the agent's language. A code the list does
// not name (an old case's reason, say) falls back to the console's own label for it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactReasonOption } from '../../../shared/contact-reasons.ts';
import { api } from '../../lib/bridge.ts';
import { useSettingsList } from './settingsList.ts';

export interface ContactReasons {
  /** Undefined until read. */
  options: ContactReasonOption[] | undefined;
  label: (code: string) => string;
}

export function useContactReasons(): ContactReasons {
  const { t, i18n } = useTranslation();
  const options = useSettingsList('contact-reasons', () => api.getContactReasons({}));
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const label = useCallback(
    (code: string) => options?.find((o) => o.code === code)?.labels[language] ?? t(`resolve.reasons.${code}`, { defaultValue: code }),
    [options, language, t],
  );
  return { options, label };
}
