// The sandboxed preload: one function per contract operation and a typed event subscription.
// It never exposes ipcRenderer; main validates the sender and every input.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AtiendeApi, ContractError, Operation } from '../shared/contract.ts';
import type { AppEvent } from '../shared/events.ts';
import { IPC_EVENT, IPC_INVOKE } from '../shared/ipc.ts';

// A Record over Operation: the type checker fails here if the contract gains an operation.
const OPERATIONS: Record<Operation, true> = {
  getSession: true, openSandbox: true, connect: true, switchProfile: true, signOut: true,
  listInbox: true, getCase: true, markRead: true, sendReply: true, setStatus: true,
  retryMutation: true, dismissMutation: true, listMutations: true, getDraft: true, saveDraft: true,
  searchMessages: true, syncNow: true, openExternal: true,
};

type Result = { ok: true; value: unknown } | { ok: false; error: ContractError };

const invoke = (operation: Operation) => async (input: unknown): Promise<unknown> => {
  const result = (await ipcRenderer.invoke(IPC_INVOKE, operation, input)) as Result;
  if (result.ok) return result.value;
  // Only the message survives the context bridge; it is written for people.
  throw new Error(result.error.message);
};

const api = {
  ...Object.fromEntries(Object.keys(OPERATIONS).map((op) => [op, invoke(op as Operation)])),
  onEvent(listener: (event: AppEvent) => void): () => void {
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => ipcRenderer.removeListener(IPC_EVENT, forward);
  },
} as unknown as AtiendeApi;

contextBridge.exposeInMainWorld('atiende', api);
