// Above the inbox: the cases derived to this person (or an area of theirs) that wait for an
// answer. They are other agents' cases, so they are not in the work queue; each opens in the
// case view, where the answer form is.
import { useTranslation } from 'react-i18next';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

const READS: readonly EntityName[] = ['case', 'setting'];

export function DerivedToMe({ onOpen }: { onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { data, error } = useCacheQuery('derived-to-me', () => api.derivedToMe({}), READS);
  if (error) return <p className="error derived-to-me" role="alert" data-testid="derived-to-me-error">{t('derivation.toMeFailed')}</p>;
  if (!data || data.length === 0) return null;
  return (
    <section className="derived-to-me" data-testid="derived-to-me" aria-label={t('derivation.toMe')}>
      <p className="hint">{t('derivation.toMeCount', { count: data.length })}</p>
      <ul>
        {data.map((c) => (
          <li key={c.id}>
            <button type="button" className="button ghost" data-testid="derived-case" data-case-id={c.id} onClick={() => onOpen(c.id)}>
              <span className="case-number">#{c.number}</span>{' '}
              {c.customerName === null ? null : <CustomerText as="span" text={c.customerName} />}{' '}
              <span className="hint">{t('derivation.from', { agent: c.byName })}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
