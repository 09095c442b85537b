import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { BusinessHoursPage } from './BusinessHoursPage.tsx';

/** The business-hours page, over the console (header button "Horario" or the h key). */
export function HoursDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  // Once opened, the page stays mounted: a supervisor's unsaved drafts survive closing it (Esc
  // included) and are there, marked unsaved, when it opens again.
  return (
    <Dialog open={open} title={t('hours.title')} onClose={onClose} testId="hours-dialog" wide keepMounted>
      <BusinessHoursPage />
    </Dialog>
  );
}
