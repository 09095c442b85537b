// The case's suggestions are read once for the two views that show them, and read again after a
// change to what they are made of; a failure is not kept.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../shared/events.ts';

const listeners = new Set<(event: AppEvent) => void>();
const suggestForCase = vi.fn((input: { caseId: string }) => Promise.resolve({ articles: [], templates: [], read: input.caseId }));
vi.mock('../../lib/bridge.ts', () => ({
  api: { suggestForCase: (input: { caseId: string }) => suggestForCase(input) },
  onEvent: (listener: (event: AppEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
}));
const { KEPT_CASES, readSuggestions } = await import('./caseSuggestions.ts');

const emit = (event: AppEvent) => { for (const listener of [...listeners]) listener(event); };

beforeEach(() => {
  emit({ type: 'changed', entities: ['message'] });
  suggestForCase.mockClear();
});

describe('the case’s suggestions', () => {
  it('are asked of main once for both views, while nothing they are made of changed', async () => {
    const first = readSuggestions('case-1');
    const second = readSuggestions('case-1');
    expect(second).toBe(first);
    await first;
    await expect(readSuggestions('case-1')).resolves.toMatchObject({ read: 'case-1' });
    expect(suggestForCase).toHaveBeenCalledTimes(1);
  });

  it.each(['message', 'article', 'template'] as const)('are read again after a %s changed', async (entity) => {
    await readSuggestions('case-1');
    emit({ type: 'changed', entities: ['setting', entity] });
    await readSuggestions('case-1');
    expect(suggestForCase).toHaveBeenCalledTimes(2);
  });

  it('are kept through changes they are not made of, and through sync status', async () => {
    await readSuggestions('case-1');
    emit({ type: 'changed', entities: ['case_read', 'draft', 'setting'] });
    emit({ type: 'sync', status: { state: 'idle' } } as unknown as AppEvent);
    await readSuggestions('case-1');
    expect(suggestForCase).toHaveBeenCalledTimes(1);
  });

  it('are read afresh after a failure', async () => {
    suggestForCase.mockImplementationOnce(() => Promise.reject(new Error('database is locked')));
    await expect(readSuggestions('case-1')).rejects.toThrow('database is locked');
    await expect(readSuggestions('case-1')).resolves.toMatchObject({ read: 'case-1' });
    expect(suggestForCase).toHaveBeenCalledTimes(2);
  });

  it(`keep the ${KEPT_CASES} cases asked for last`, async () => {
    for (let i = 0; i < KEPT_CASES; i++) await readSuggestions(`case-${i}`);
    // Going back to the first keeps it; the second is the one let go for a new case.
    await readSuggestions('case-0');
    await readSuggestions('case-new');
    expect(suggestForCase).toHaveBeenCalledTimes(KEPT_CASES + 1);
    await readSuggestions('case-0');
    expect(suggestForCase).toHaveBeenCalledTimes(KEPT_CASES + 1);
    await readSuggestions('case-1');
    expect(suggestForCase).toHaveBeenCalledTimes(KEPT_CASES + 2);
  });
});
