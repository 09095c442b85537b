// Below the search box: the case's suggested articles before the agent types, then the
// results, or why there are none (no match, a failed search) in words.
import { useTranslation } from 'react-i18next';
import type { ArticleHit } from '../../../shared/models.ts';
import { errorText } from '../../lib/errorText.ts';
import { ResultList } from './ResultList.tsx';
import type { ArticleSearch } from './useArticleSearch.ts';

interface Props {
  /** The words in the box, as typed. */
  words: string;
  search: ArticleSearch;
  suggested: readonly ArticleHit[];
  active: number;
  onOpen: (index: number) => void;
}

export function SearchResults({ words, search, suggested, active, onOpen }: Props) {
  const { t } = useTranslation();
  if (words.trim() === '') {
    if (suggested.length === 0) return <p className="kb-state hint" data-testid="kb-intro">{t('knowledge.intro')}</p>;
    return (
      <>
        <h2 className="kb-heading">{t('knowledge.suggested')}</h2>
        <ResultList items={suggested} active={active} label={t('knowledge.suggested')} busy={false} onOpen={onOpen} />
      </>
    );
  }
  if (search.error) {
    return <p className="kb-state error" role="alert" data-testid="kb-error">{t('knowledge.searchFailed', { message: errorText(t, search.error) })}</p>;
  }
  const hits = search.hits ?? [];
  if (hits.length === 0) {
    return search.pending
      ? <p className="kb-state hint" role="status">{t('knowledge.searching')}</p>
      : <p className="kb-state" role="status" data-testid="kb-no-results">{t('knowledge.noResults', { query: search.query })}</p>;
  }
  return (
    <>
      <p className="kb-count hint" role="status">{t('knowledge.count', { count: hits.length })}</p>
      <ResultList items={hits} active={active} label={t('knowledge.results')} busy={search.pending} onOpen={onOpen} />
    </>
  );
}
