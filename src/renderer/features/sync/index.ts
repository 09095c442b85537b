export { SyncBar } from './SyncBar.tsx';
