// The products the server syncs, labelled in the agent's language. A key the list no longer
// names (a retired product on an old case) shows as the key itself.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/products.ts';
import { api } from '../../lib/bridge.ts';
import { useSettingsList } from './settingsList.ts';

export interface Products {
  /** Undefined until read. */
  options: Product[] | undefined;
  label: (key: string) => string;
}

export function useProducts(): Products {
  const { i18n } = useTranslation();
  const options = useSettingsList('products', () => api.getProducts({}));
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const label = useCallback((key: string) => options?.find((p) => p.key === key)?.label[language] ?? key, [options, language]);
  return { options, label };
}
