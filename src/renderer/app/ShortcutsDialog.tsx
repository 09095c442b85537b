import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { keysOf, SHORTCUT_GROUPS, shortcutsIn, type ShortcutGroup } from '../lib/shortcuts.ts';
import { Dialog } from '../ui/Dialog.tsx';

/** The `?` dialog: every shortcut with its keys, by group, generated from the table the keys use. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-dialog" wide>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => <ShortcutGroupList key={group} group={group} />)}
      </div>
      <p className="hint">{t('shortcuts.typingNote')}</p>
    </Dialog>
  );
}

function ShortcutGroupList({ group }: { group: ShortcutGroup }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="shortcut-group" aria-labelledby={titleId} data-testid="shortcut-group" data-group={group}>
      <h3 id={titleId}>{t(`shortcuts.groups.${group}`)}</h3>
      <dl className="shortcut-list">
        {shortcutsIn(group).map((shortcut) => (
          <div key={shortcut} className="shortcut" data-testid="shortcut" data-shortcut={shortcut}>
            <dt>
              {keysOf(shortcut).map((key, index) => (
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
    </section>
  );
}
