// The articles found (or suggested), as a listbox driven from the search box: the keys stay in
// the box (aria-activedescendant), a click opens an article.
import { useLayoutEffect } from 'react';
import type { ArticleHit } from '../../../shared/models.ts';
import { LanguageTag } from '../../ui/LanguageTag.tsx';
import { Snippet } from './Snippet.tsx';

export const RESULTS_ID = 'kb-results';
export const resultId = (index: number) => `${RESULTS_ID}-${index}`;

interface Props {
  items: readonly ArticleHit[];
  active: number;
  label: string;
  /** Newer words are being searched: these results may be replaced. */
  busy: boolean;
  onOpen: (index: number) => void;
}

export function ResultList({ items, active, label, busy, onOpen }: Props) {
  // The focus stays in the search box: the result chosen with ↑/↓ is scrolled into view instead.
  useLayoutEffect(() => {
    document.getElementById(resultId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <ul id={RESULTS_ID} role="listbox" aria-label={label} aria-busy={busy} className="kb-results" data-testid="kb-results">
      {items.map((hit, index) => (
        <li key={hit.id} id={resultId(index)} role="option" aria-selected={index === active} data-testid="kb-result"
          data-article-id={hit.id} className={index === active ? 'kb-result active' : 'kb-result'} onClick={() => onOpen(index)}>
          <span className="kb-result-head">
            <span className="kb-result-title">{hit.title}</span>
            <LanguageTag language={hit.language} />
          </span>
          <span className="kb-snippet" data-testid="kb-snippet"><Snippet text={hit.snippet.trim() || hit.summary} /></span>
        </li>
      ))}
    </ul>
  );
}
