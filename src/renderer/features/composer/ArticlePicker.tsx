// The "??" lookup's list, under the reply box, like the "/" one: keys stay in the box
// (aria-activedescendant); ↑/↓ choose, Enter or Tab insert the answer, Shift+Enter the summary,
// Alt+Enter the link, Esc closes. The footer says so.
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageTag } from '../../ui/LanguageTag.tsx';
import type { ArticleLookup } from './useArticleLookup.ts';

export const ARTICLE_PICKER_ID = 'article-picker';
export const articleOptionId = (index: number) => `${ARTICLE_PICKER_ID}-${index}`;

interface Props {
  lookup: ArticleLookup;
  active: number;
  onChoose: (index: number) => void;
}

export function ArticlePicker({ lookup, active, onChoose }: Props) {
  const { t } = useTranslation();
  const { items } = lookup;
  // The reply box sits at the bottom of the case: bring the list below it into view as it
  // grows, and the option chosen with ↑/↓ into the list's view.
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
    document.getElementById(articleOptionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [items.length, active]);
  let status: string | null = null;
  if (lookup.tooShort) status = t('composer.articleTooShort');
  else if (lookup.none) status = t('composer.noArticles');
  else if (items.length === 0 && !lookup.problem) status = t('composer.articleSearching');
  return (
    <div ref={box} className="article-picker" data-testid="article-picker" data-searched={lookup.searched ?? undefined}>
      {items.length > 0 ? (
        <ul id={ARTICLE_PICKER_ID} className="picker-list" role="listbox" aria-label={t('composer.articles')}>
          {items.map((item, index) => (
            <li key={item.id} id={articleOptionId(index)} role="option" aria-selected={index === active}
              className={index === active ? 'template-option active' : 'template-option'} data-testid="article-option"
              // Keep focus in the reply box: choosing must not blur it.
              onMouseDown={(event) => {
                event.preventDefault();
                onChoose(index);
              }}>
              <span className="template-title">{item.title}</span>
              <LanguageTag language={item.language} />
              <span className="picker-summary hint">{item.summary}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {status ? <p className="hint picker-status" data-testid="article-picker-status">{status}</p> : null}
      {lookup.problem ? <p className="error" role="alert" data-testid="article-picker-problem">{lookup.problem}</p> : null}
      <p className="hint picker-keys">{t('composer.articleKeys')}</p>
    </div>
  );
}
