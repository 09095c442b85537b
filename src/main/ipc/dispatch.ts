// One entry point for every transport (Electron IPC, the harness over HTTP): the operation
// must exist, its input must pass the contract's schema, and errors come back serialisable.
import { z } from 'zod';
import { CONTRACT, type CallResult, type ContractError, type Operation } from '../../shared/contract.ts';
import type { Handlers } from './handlers.ts';

export type DispatchResult = CallResult<unknown>;

export async function dispatch(handlers: Handlers, operation: unknown, input: unknown): Promise<DispatchResult> {
  if (typeof operation !== 'string' || !Object.hasOwn(CONTRACT, operation)) {
    return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation ${JSON.stringify(operation)}` } };
  }
  const name = operation as Operation;
  const parsed = CONTRACT[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: `${name}: ${z.prettifyError(parsed.error)}` } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: (await handler(parsed.data)) ?? null };
  } catch (error) {
    return { ok: false, error: toContractError(error) };
  }
}

function toContractError(error: unknown): ContractError {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown; kind?: unknown }).code ?? (error as { kind?: unknown }).kind;
    return { code: typeof code === 'string' ? code : 'failed', message: error.message };
  }
  return { code: 'failed', message: String(error) };
}
