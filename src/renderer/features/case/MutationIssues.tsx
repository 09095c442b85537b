import { useTranslation } from 'react-i18next';
import type { MutationView } from '../../../shared/models.ts';
import { RefusedChange } from './RefusedChange.tsx';

/** The case's refused changes, above the thread so the agent resolves them first. */
export function MutationIssues({ mutations }: { mutations: readonly MutationView[] }) {
  const { t } = useTranslation();
  const refused = mutations.filter((m) => m.status === 'conflict' || m.status === 'rejected');
  if (refused.length === 0) return null;
  return (
    <section className="refused-changes" aria-labelledby="refused-title" data-testid="refused-changes">
      <h3 id="refused-title">{t('mutations.heading')}</h3>
      <ul className="refused-list">
        {refused.map((mutation) => <RefusedChange key={mutation.id} mutation={mutation} />)}
      </ul>
    </section>
  );
}
