// Asks before something the agent may regret. The answer is given once the dialog has closed
// and handed focus back, so an action that moves focus (inserting into the reply) keeps it.
import { useRef, type MouseEvent } from 'react';
import { Dialog } from '../../ui/Dialog.tsx';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  testId: string;
  onAnswer: (confirmed: boolean) => void;
}

export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, danger = false, testId, onAnswer }: Props) {
  const confirmed = useRef(false);
  const close = (event: MouseEvent<HTMLButtonElement>, answer: boolean) => {
    confirmed.current = answer;
    event.currentTarget.closest('dialog')?.close();
  };
  const closed = () => {
    const answer = confirmed.current;
    confirmed.current = false;
    onAnswer(answer);
  };
  return (
    <Dialog open={open} title={title} onClose={closed} testId={testId}>
      <p className="confirm-message">{message}</p>
      <div className="actions">
        <button type="button" className={danger ? 'button danger' : 'button primary'} data-testid={`${testId}-yes`}
          onClick={(event) => close(event, true)}>{confirmLabel}</button>
        <button type="button" className="button" data-testid={`${testId}-no`} onClick={(event) => close(event, false)}>{cancelLabel}</button>
      </div>
    </Dialog>
  );
}
