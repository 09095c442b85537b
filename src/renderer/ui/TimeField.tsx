// A time of day, always 24-hour ("18:00"): a native time input follows the browser's locale and
// may show "06:00 PM" beside a Spanish UI. Typed freely ("930" → 09:30); an unreadable entry is
// marked invalid while typed, leaves the value as it was, and gives way to it on leaving the field.
import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTime } from '../lib/dateTimeText.ts';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (value: string) => void;
};

export function TimeField({ value, onChange, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // A value changed from outside (reverted, another schedule) replaces what was typed.
  if (value !== shown) {
    setShown(value);
    if (parseTime(text) !== value) setText(value);
  }
  const invalid = text.trim() !== '' && parseTime(text) === null;
  return (
    <input {...rest} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} className="time-field"
      placeholder={t('fields.timePattern')} value={text} aria-invalid={invalid || undefined}
      onChange={(e) => {
        setText(e.target.value);
        const time = parseTime(e.target.value);
        if (time !== null && time !== value) {
          setShown(time);
          onChange(time);
        }
      }}
      onBlur={(e) => {
        // Leaving the field shows what is kept: an unreadable entry never sits beside a saved time.
        setText(value);
        onBlur?.(e);
      }} />
  );
}
