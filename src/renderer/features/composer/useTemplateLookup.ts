import { useEffect, useState } from 'react';
import type { TemplateSuggestion } from '../../../shared/contract.ts';
import { api } from '../../lib/bridge.ts';

/** Templates for the "/" lookup while `query` is non-null; a failed lookup offers none. */
export function useTemplateLookup(caseId: string, query: string | null): TemplateSuggestion[] {
  const [found, setFound] = useState<{ key: string; items: TemplateSuggestion[] }>({ key: '', items: [] });
  const key = query === null ? '' : `${caseId}\u0000${query}`;
  useEffect(() => {
    if (query === null) return;
    let active = true;
    api.findTemplates({ caseId, query }).then(
      (items) => active && setFound({ key, items: items.slice(0, 8) }),
      () => active && setFound({ key, items: [] }),
    );
    return () => {
      active = false;
    };
  }, [caseId, query, key]);
  return query !== null && found.key === key ? found.items : [];
}
