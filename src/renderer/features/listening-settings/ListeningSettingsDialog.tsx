import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { ListeningSettingsPage } from './ListeningSettingsPage.tsx';

/** The listening settings over the team view; once opened it stays mounted, so an unsaved draft survives closing it. */
export function ListeningSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('listeningSettings.title')} onClose={onClose} testId="listening-settings-dialog" wide keepMounted>
      <ListeningSettingsPage />
    </Dialog>
  );
}
