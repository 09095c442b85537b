// The read started by the click that opens a case is used only while nothing the case is made of
// changed since it started: an event about the case, its messages, its outbox or its customer
// drops it, so the case view reads again and never shows an older answer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../shared/events.ts';

const listeners = new Set<(event: AppEvent) => void>();
const getCase = vi.fn((input: { caseId: string }) => Promise.resolve({ read: input.caseId }));
vi.mock('./bridge.ts', () => ({
  api: { getCase: (input: { caseId: string }) => getCase(input) },
  onEvent: (listener: (event: AppEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
}));
const { readCaseEarly, takeEarlyCase } = await import('./earlyCase.ts');

const emit = (event: AppEvent) => { for (const listener of [...listeners]) listener(event); };

beforeEach(() => {
  void takeEarlyCase('');
  getCase.mockClear();
});

describe('the early read of a case', () => {
  it('is taken once by the case it was started for', async () => {
    readCaseEarly('case-1');
    expect(getCase).toHaveBeenCalledWith({ caseId: 'case-1' });
    await expect(takeEarlyCase('case-1')).resolves.toEqual({ read: 'case-1' });
    expect(takeEarlyCase('case-1')).toBeNull();
    expect(listeners.size).toBe(0);
  });

  it('is not taken by another case, and is gone after', () => {
    readCaseEarly('case-1');
    expect(takeEarlyCase('case-2')).toBeNull();
    expect(takeEarlyCase('case-1')).toBeNull();
  });

  it('is replaced by the next click', () => {
    readCaseEarly('case-1');
    readCaseEarly('case-2');
    expect(takeEarlyCase('case-1')).toBeNull();
    readCaseEarly('case-2');
    expect(takeEarlyCase('case-2')).not.toBeNull();
    expect(listeners.size).toBe(0);
  });

  it.each(['case', 'message', 'outbox', 'customer'] as const)('is dropped when a %s changed after it started', (entity) => {
    readCaseEarly('case-1');
    emit({ type: 'changed', entities: ['setting', entity] });
    expect(takeEarlyCase('case-1')).toBeNull();
    expect(listeners.size).toBe(0);
  });

  it('is kept through changes to what a case is not made of, and through sync status', () => {
    readCaseEarly('case-1');
    emit({ type: 'changed', entities: ['setting', 'agent'] });
    emit({ type: 'sync', status: { state: 'idle' } } as unknown as AppEvent);
    expect(takeEarlyCase('case-1')).not.toBeNull();
  });
});
