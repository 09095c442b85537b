// Opening a case keeps the last one on screen until the new one's read is back, so a switch
// draws the new case once instead of "opening…" first; a slow read still shows it loading soon,
// and a later click or a close wins over a read still on its way.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const answers = new Map<string, { resolve: (detail: unknown) => void; reject: (error: Error) => void }>();
vi.mock('../../lib/bridge.ts', () => ({
  api: {
    getCase: ({ caseId }: { caseId: string }) => new Promise((resolve, reject) => answers.set(caseId, { resolve, reject })),
  },
  onEvent: () => () => undefined,
  contractError: (error: unknown) => error,
}));
vi.stubGlobal('document', { querySelector: () => null });
vi.stubGlobal('CSS', { escape: (text: string) => text });
const { closeCase, openCase } = await import('./actions.ts');
const { useInboxStore } = await import('./inboxStore.ts');

const state = () => useInboxStore.getState();
const answer = async (caseId: string) => {
  answers.get(caseId)?.resolve({ case: { id: caseId } });
  await vi.advanceTimersByTimeAsync(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  answers.clear();
  useInboxStore.getState().reset();
  useInboxStore.getState().open('case-a');
});
afterEach(() => vi.useRealTimers());

describe('opening a case', () => {
  it('selects its row at once and shows it when its read is back, the last case staying meanwhile', async () => {
    openCase('case-b');
    expect(state().selectedId).toBe('case-b');
    expect(state().openId).toBe('case-a');
    await answer('case-b');
    expect(state().openId).toBe('case-b');
  });

  it('shows a case whose read is slow after a short wait, loading', async () => {
    openCase('case-b');
    await vi.advanceTimersByTimeAsync(119);
    expect(state().openId).toBe('case-a');
    await vi.advanceTimersByTimeAsync(1);
    expect(state().openId).toBe('case-b');
    await answer('case-b'); // arriving later changes nothing more
    expect(state().openId).toBe('case-b');
  });

  it('shows a case whose read failed at once, so the view can say why', async () => {
    openCase('case-b');
    answers.get('case-b')?.reject(new Error('main is gone'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state().openId).toBe('case-b');
  });

  it('lets a later click win over a read still on its way', async () => {
    openCase('case-b');
    openCase('case-c');
    await answer('case-b');
    expect(state().openId).toBe('case-a');
    await answer('case-c');
    expect(state().openId).toBe('case-c');
    await vi.advanceTimersByTimeAsync(500);
    expect(state().openId).toBe('case-c');
  });

  it('is called off by a close before its read is back', async () => {
    openCase('case-b');
    expect(closeCase()).toBe(true);
    await answer('case-b');
    await vi.advanceTimersByTimeAsync(500);
    expect(state().openId).toBeNull();
    expect(closeCase()).toBe(false);
  });
});
