export { HoursDialog } from './HoursDialog.tsx';
