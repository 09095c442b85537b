// A modal dialog on the native <dialog> element: it traps focus, closes on Esc and restores
// focus to the opener by itself; this wrapper only syncs it with React state.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** A page's worth of content (the business-hours editor) rather than a short form. */
  wide?: boolean;
  /** Once opened, keeps the content mounted while closed, so what was typed in it (a page's unsaved drafts) survives closing. */
  keepMounted?: boolean;
}

export function Dialog({ open, title, onClose, children, testId, wide = false, keepMounted = false }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={titleId} onClose={onClose} data-testid={testId}>
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button ghost" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
      {open || (keepMounted && opened) ? children : null}
    </dialog>
  );
}
