import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { BusinessHoursPage } from './BusinessHoursPage.tsx';

/** The business-hours page, over the console (header button "Horario" or the h key). */
export function HoursDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('hours.title')} onClose={onClose} testId="hours-dialog" wide>
      <BusinessHoursPage />
    </Dialog>
  );
}
