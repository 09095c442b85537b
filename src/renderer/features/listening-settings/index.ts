export { ListeningSettingsDialog } from './ListeningSettingsDialog.tsx';
