import { useTranslation } from 'react-i18next';
import type { CustomerMerge } from '../../../shared/customer.ts';
import { useFormatters } from '../../lib/useFormatters.ts';

/** Links and merges into this record that can still be undone. */
export function MergeHistory({ merges, onUndo }: { merges: readonly CustomerMerge[]; onUndo: (mergeId: string) => void }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  if (merges.length === 0) return null;
  return (
    <ul className="merge-history" aria-label={t('customerLinks.history')}>
      {merges.map((merge) => (
        <li key={merge.mergeId} data-testid="customer-merge" data-kind={merge.kind}>
          <span>{t(`customerLinks.done.${merge.kind}`, { name: merge.mergedName, agent: merge.by })}</span>{' '}
          <time dateTime={merge.at} className="hint">{formatters.when(merge.at)}</time>{' '}
          <button type="button" className="button ghost" data-testid="undo-merge" onClick={() => onUndo(merge.mergeId)}>
            {t('customerLinks.undo')}
          </button>
        </li>
      ))}
    </ul>
  );
}
