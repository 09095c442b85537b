// The panel's search box and owner filter. Keys stay in the box: ↓/↑ choose a template, Enter
// inserts it, Esc clears what was typed (and, with nothing typed, goes back as everywhere).
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { OWNER_FILTERS, type OwnerFilter } from './templateList.ts';

const FILTER_LABEL = { all: 'filterAll', mine: 'filterMine', company: 'filterCompany' } as const;

interface Props {
  ref: Ref<HTMLInputElement>;
  query: string;
  filter: OwnerFilter;
  onQuery: (query: string) => void;
  onFilter: (filter: OwnerFilter) => void;
  onStep: (by: 1 | -1) => void;
  onEnter: () => void;
}

export function TemplateSearch({ ref, query, filter, onQuery, onFilter, onStep, onEnter }: Props) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') onStep(event.key === 'ArrowDown' ? 1 : -1);
    else if (event.key === 'Enter') onEnter();
    else if (event.key === 'Escape' && query !== '') onQuery('');
    else return;
    event.preventDefault();
  };
  return (
    <div className="templates-search">
      <label htmlFor="templates-search">{t('templatesPanel.search')}</label>
      <input id="templates-search" ref={ref} type="search" className="search" data-testid="templates-search" value={query}
        placeholder={t('templatesPanel.searchPlaceholder')} autoComplete="off" spellCheck={false}
        aria-describedby="templates-search-hint" aria-keyshortcuts="t"
        onChange={(event) => onQuery(event.target.value)} onKeyDown={onKeyDown} />
      <p id="templates-search-hint" className="hint">{t('templatesPanel.searchHint')}</p>
      <fieldset className="templates-filter">
        <legend className="sr-only">{t('templatesPanel.show')}</legend>
        {OWNER_FILTERS.map((name) => (
          <label key={name} className="templates-filter-option">
            <input type="radio" name="templates-filter" value={name} checked={filter === name} data-testid={`templates-filter-${name}`}
              onChange={() => onFilter(name)} />
            {t(`templatesPanel.${FILTER_LABEL[name]}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
