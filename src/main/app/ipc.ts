// Connects the contract to Electron's IPC. Every call is checked twice: the frame must be
// the console's own page, and dispatch() validates the operation and its input.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE } from '../../shared/ipc.ts';
import { dispatch, type DispatchResult } from '../ipc/dispatch.ts';
import type { Handlers } from '../ipc/handlers.ts';

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, operation: unknown, input: unknown): Promise<DispatchResult> | DispatchResult => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) {
      return { ok: false, error: { code: 'untrusted_sender', message: 'This page may not use the console' } };
    }
    return dispatch(handlers, operation, input);
  });
}
