import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { RoutingPage, type Presence } from './RoutingPage.tsx';

/** The routing page over the team view; once opened it stays mounted, so an unsaved draft survives closing it. */
/** `presence`: the team view's, for the simulator (null offline, or before the view answered). */
export function RoutingDialog({ open, onClose, presence }: { open: boolean; onClose: () => void; presence: Presence }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('routing.title')} onClose={onClose} testId="routing-dialog" wide keepMounted>
      <RoutingPage presence={presence} />
    </Dialog>
  );
}
