import { useTranslation } from 'react-i18next';
import { SHORTCUT_KEYS, SHORTCUTS } from '../lib/shortcuts.ts';
import { Dialog } from '../ui/Dialog.tsx';

/** The `?` dialog: every shortcut with its keys, generated from the same table the keys use. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut} className="shortcut">
            <dt>
              {SHORTCUT_KEYS[shortcut].map((key, index) => (
                <span key={key}>
                  {index > 0 ? ' / ' : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`shortcuts.${shortcut}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('shortcuts.typingNote')}</p>
    </Dialog>
  );
}
