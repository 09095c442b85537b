// The agents' notes on the customer, newest first with author and time, and a form to add one.
// A note shows at once (pending) and is shared once the server takes it; offline is fine.
import { useId, useState, type KeyboardEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_NOTE_MAX } from '../../../shared/customer.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { useCustomerNotes } from './useCustomerNotes.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

export function CustomerNotes({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const { data: notes } = useCustomerNotes(customerId);

  const add = (event?: SubmitEvent) => {
    event?.preventDefault();
    if (text.trim() === '') return;
    setNotice(null);
    api.addCustomerNote({ customerId, text }).then(
      () => {
        setText('');
        setNotice({ text: t('customer.noteAdded'), error: false });
      },
      (failure: unknown) => setNotice({ text: t('customer.noteFailed', { message: errorText(t, contractError(failure)) }), error: true }),
    );
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault(); // Ctrl/Cmd+Enter adds the note, as it sends a reply in the composer
    add();
  };

  return (
    <section className="customer-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('customer.notes')}</h3>
      <form className="customer-note-form" onSubmit={add}>
        <label htmlFor={inputId}>{t('customer.noteLabel')}</label>
        <textarea id={inputId} data-testid="customer-note-input" rows={3} maxLength={CUSTOMER_NOTE_MAX} value={text}
          aria-describedby={hintId} onChange={(event) => setText(event.target.value)} onKeyDown={onKey} />
        <p id={hintId} className="hint">{t('customer.noteHint')}</p>
        <button type="submit" className="button" data-testid="add-customer-note" disabled={text.trim() === ''}>{t('customer.addNote')}</button>
        <p role="status" className={notice?.error ? 'customer-notice error' : 'customer-notice'}>{notice?.text}</p>
      </form>
      {notes?.length === 0 ? <p className="hint">{t('customer.noNotes')}</p> : null}
      <ol className="customer-note-list">
        {notes?.map((note) => (
          <li key={note.id} className="customer-note" data-testid="customer-note" data-state={note.state} data-note-id={note.id}>
            <p className="customer-note-head">
              <span className="author" data-testid="customer-note-author">{note.authorName}</span>
              <time dateTime={note.createdAt} data-testid="customer-note-time">{formatters.when(note.createdAt)}</time>
              {note.state === 'saved' ? null : <span className={`note-state note-${note.state}`}>{t(`customer.noteState.${note.state}`)}</span>}
            </p>
            <CustomerText as="p" className="customer-note-text" text={note.text} />
          </li>
        ))}
      </ol>
    </section>
  );
}
