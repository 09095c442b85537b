import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface FilterSelectProps<T extends string> {
  label: string;
  values: readonly T[];
  value: T | null;
  /** Shown for each value. */
  name: (value: T) => string;
  onChange: (value: T | null) => void;
  /** Offer "All" (null); a sort order always has a value. */
  allowAll?: boolean;
}

/** One labelled inbox filter; anything not in `values` reads as "All". */
export function FilterSelect<T extends string>({ label, values, value, name, onChange, allowAll = true }: FilterSelectProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const pick = (raw: string): T | null => values.find((v) => v === raw) ?? null;
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(pick(e.target.value))}>
        {allowAll ? <option value="">{t('inbox.any')}</option> : null}
        {values.map((v) => <option key={v} value={v}>{name(v)}</option>)}
      </select>
    </div>
  );
}
