// A date in the agent's locale ("24/12/2026" in es-AR), whatever the browser's own locale: a
// native date input follows the browser's. Typed in the shown order (or as ISO); the value
// stays ISO ("2026-12-24"). An unreadable entry is marked invalid and leaves the value as it was.
import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { datePattern, formatDate, parseDate } from '../lib/dateTimeText.ts';
import { useFormatters } from '../lib/useFormatters.ts';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  /** An ISO date, or '' when the field is emptied. */
  onChange: (value: string) => void;
};

export function DateField({ value, onChange, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const display = (iso: string) => (iso === '' ? '' : formatDate(iso, locale));
  const [text, setText] = useState(() => display(value));
  const [shown, setShown] = useState({ value, locale });
  // A value changed from outside, or another language, replaces what was typed.
  if (value !== shown.value || locale !== shown.locale) {
    setShown({ value, locale });
    if (locale !== shown.locale || parseDate(text, locale) !== value) setText(display(value));
  }
  const pattern = datePattern(locale, { day: t('fields.day'), month: t('fields.month'), year: t('fields.year') });
  const invalid = text.trim() !== '' && parseDate(text, locale) === null;
  return (
    <input {...rest} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} className="date-field"
      placeholder={pattern} title={pattern} value={text} aria-invalid={invalid || undefined}
      onChange={(e) => {
        setText(e.target.value);
        const date = e.target.value.trim() === '' ? '' : parseDate(e.target.value, locale);
        if (date !== null && date !== value) {
          setShown({ value: date, locale });
          onChange(date);
        }
      }}
      onBlur={(e) => {
        // Leaving the field shows what is kept: an unreadable entry never sits beside a saved date.
        setText(display(value));
        onBlur?.(e);
      }} />
  );
}
