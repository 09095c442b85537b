// The two Electron IPC channels. Kept apart from contract.ts so the preload bundles no
// validation library: it only forwards calls, main validates them.
export const IPC_INVOKE = 'atiende:invoke';
export const IPC_EVENT = 'atiende:event';
