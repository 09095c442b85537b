import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { LazyBoundary } from '../../ui/LazyBoundary.tsx';

// The editor's code (calendars, holidays, the autoreply) loads the first time the dialog opens.
const BusinessHoursPage = lazy(() => import('./BusinessHoursPage.tsx').then((m) => ({ default: m.BusinessHoursPage })));

/** The business-hours page, over the console (header button "Horario" or the h key). */
export function HoursDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  // Once opened, the page stays mounted: a supervisor's unsaved drafts survive closing it (Esc
  // included) and are there, marked unsaved, when it opens again.
  return (
    <Dialog open={open} title={t('hours.title')} onClose={onClose} testId="hours-dialog" wide keepMounted>
      <LazyBoundary><BusinessHoursPage /></LazyBoundary>
    </Dialog>
  );
}
