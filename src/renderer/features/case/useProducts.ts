// The products the server syncs, labelled in the agent's language. A key the list no longer
// names (a retired product on an old case) shows as the key itself.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '../../../shared/events.ts';
import type { Product } from '../../../shared/products.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';

const SETTINGS: readonly EntityName[] = ['setting'];

export interface Products {
  /** Undefined until read. */
  options: Product[] | undefined;
  label: (key: string) => string;
}

export function useProducts(): Products {
  const { i18n } = useTranslation();
  const { data: options } = useCacheQuery('products', () => api.getProducts({}), SETTINGS);
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const label = useCallback((key: string) => options?.find((p) => p.key === key)?.label[language] ?? key, [options, language]);
  return { options, label };
}
