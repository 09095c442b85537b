import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { RoutingPage } from './RoutingPage.tsx';

/** The routing page over the team view; once opened it stays mounted, so an unsaved draft survives closing it. */
export function RoutingDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('routing.title')} onClose={onClose} testId="routing-dialog" wide keepMounted>
      <RoutingPage />
    </Dialog>
  );
}
