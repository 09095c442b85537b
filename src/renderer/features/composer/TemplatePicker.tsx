// The "/" lookup's list, under the reply box. Keys stay in the box (aria-activedescendant):
// ↑/↓ choose, Enter or Tab insert, Esc closes.
import { useTranslation } from 'react-i18next';
import type { TemplateSuggestion } from '../../../shared/contract.ts';

export const PICKER_ID = 'template-picker';
export const optionId = (index: number) => `${PICKER_ID}-${index}`;

interface Props {
  items: readonly TemplateSuggestion[];
  active: number;
  onChoose: (index: number) => void;
}

export function TemplatePicker({ items, active, onChoose }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return <p className="template-picker hint" data-testid="template-picker-empty">{t('composer.noTemplates')}</p>;
  }
  return (
    <ul id={PICKER_ID} className="template-picker" role="listbox" aria-label={t('composer.templates')} data-testid="template-picker">
      {items.map((item, index) => (
        <li
          key={item.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'template-option active' : 'template-option'}
          data-testid="template-option"
          // Keep focus in the reply box: choosing must not blur it.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(index);
          }}
        >
          <span className="template-title">{item.title}</span>
          {item.shortcut ? <span className="template-shortcut">/{item.shortcut}</span> : null}
          {item.tooLong ? <span className="template-warning">{t('composer.templateTooLong')}</span> : null}
          {item.otherChannel ? <span className="template-warning">{t('composer.templateOtherChannel')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
