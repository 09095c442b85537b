export { SyncBar } from './SyncBar.tsx';
export { useSyncStatus } from './useSyncStatus.ts';
