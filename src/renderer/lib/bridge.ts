// The only file that touches `window.atiende`, the preload's (or the harness's) implementation of
// the IPC contract. Everything else imports `api` and `onEvent` from here, typed by the contract.
import type { AtiendeApi, AtiendeBridge, CallResult, ContractError } from '../../shared/contract.ts';
import type { AppEvent } from '../../shared/events.ts';
import { CodedError } from '../../shared/errors.ts';

type Listener = (event: AppEvent) => void;

const bridge: AtiendeBridge | undefined = (window as Window & { atiende?: AtiendeBridge }).atiende;

/** False when the page runs without a preload or harness: the app shows an error screen. */
export const hasBridge = bridge !== undefined;

const missing = (): never => {
  throw new Error('window.atiende is missing: the console must run inside Atiende or its harness');
};

type Call = (input: unknown) => Promise<CallResult<unknown>>;

/** One function per contract operation; each returns a Promise and rejects with a ContractError. */
export const api: AtiendeApi = new Proxy({} as AtiendeApi, {
  get: (_target, operation: string) => async (input: unknown) => {
    const call = bridge ? (bridge as unknown as Record<string, Call | undefined>)[operation] : undefined;
    if (!call) return missing();
    const result = await call(input);
    if (result.ok) return result.value;
    throw new CodedError(result.error.code, result.error.message);
  },
});

/** Subscribes to main's events; returns the unsubscribe. */
export function onEvent(listener: Listener): () => void {
  return bridge?.onEvent(listener) ?? (() => undefined);
}

/** The `{code, message}` a failed call rejects with, whatever was thrown. */
export function contractError(error: unknown): ContractError {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'failed', message: error.message };
  }
  return { code: 'failed', message: String(error) };
}
