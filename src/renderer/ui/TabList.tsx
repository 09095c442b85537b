// A row of tabs (WAI-ARIA tabs): one tab in the Tab order, the arrow keys move between them (Home
// and End to the first and the last, tab-keys.ts) and show the one reached. Tab `name` of `idPrefix` is `${idPrefix}-tab-${name}` (its id and test
// name) and controls the panel `${idPrefix}-panel-${name}`.
import type { ReactNode } from 'react';
import { tabAfterKey } from './tab-keys.ts';

interface TabListProps<T extends string> {
  tabs: readonly T[];
  current: T;
  onChoose: (tab: T) => void;
  idPrefix: string;
  label: string;
  className: string;
  labelOf: (tab: T) => ReactNode;
}

export function TabList<T extends string>({ tabs, current, onChoose, idPrefix, label, className, labelOf }: TabListProps<T>) {
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map((name) => (
        <button key={name} type="button" role="tab" id={`${idPrefix}-tab-${name}`} aria-controls={`${idPrefix}-panel-${name}`}
          aria-selected={current === name} tabIndex={current === name ? 0 : -1} className="tools-tab" data-testid={`${idPrefix}-tab-${name}`}
          onClick={() => onChoose(name)}
          onKeyDown={(event) => {
            const next = tabAfterKey(tabs, name, event.key);
            if (next === null) return;
            event.preventDefault();
            onChoose(next);
            document.getElementById(`${idPrefix}-tab-${next}`)?.focus();
          }}>
          {labelOf(name)}
        </button>
      ))}
    </div>
  );
}
