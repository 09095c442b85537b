// A long case's whole thread: a read on its way survives later changes to the case, the newest
// read to answer wins, a failure is said only while no later read answered, and a closed case's
// reads are dropped.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../shared/models.ts';

const pending: { resolve: (messages: Message[]) => void; reject: (error: Error) => void }[] = [];
vi.mock('../../lib/bridge.ts', () => ({
  api: { getCaseThread: () => new Promise<Message[]>((resolve, reject) => { pending.push({ resolve, reject }); }) },
}));
const { threadReader } = await import('./useWholeThread.ts');

const frames: (() => void)[] = [];
vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
vi.stubGlobal('cancelAnimationFrame', (id: number) => { frames[id - 1] = () => undefined; });
const nextFrame = () => { for (const callback of frames.splice(0)) callback(); };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const thread = (...ids: string[]) => ids.map((id) => ({ id, caseId: 'case-1' }) as Message);

beforeEach(() => {
  pending.length = 0;
  frames.length = 0;
});

describe('the whole thread of a long case', () => {
  it('keeps a read on its way when the case changes, then shows the later read', async () => {
    const show = vi.fn();
    const reader = threadReader('case-1', show);
    reader.read();
    reader.read();
    nextFrame();
    expect(pending).toHaveLength(1);
    reader.read();
    nextFrame();
    pending[0]?.resolve(thread('a'));
    await settle();
    expect(show).toHaveBeenLastCalledWith({ caseId: 'case-1', messages: thread('a'), failed: false });
    pending[1]?.resolve(thread('a', 'b'));
    await settle();
    expect(show).toHaveBeenLastCalledWith({ caseId: 'case-1', messages: thread('a', 'b'), failed: false });
  });

  it('drops an earlier read that answers after a later one', async () => {
    const show = vi.fn();
    const reader = threadReader('case-1', show);
    reader.read();
    nextFrame();
    reader.read();
    nextFrame();
    pending[1]?.resolve(thread('a', 'b'));
    await settle();
    pending[0]?.resolve(thread('a'));
    await settle();
    expect(show).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenLastCalledWith({ caseId: 'case-1', messages: thread('a', 'b'), failed: false });
  });

  it('says a failure, keeping the thread read before', async () => {
    const show = vi.fn();
    const reader = threadReader('case-1', show);
    reader.read();
    nextFrame();
    pending[0]?.resolve(thread('a'));
    await settle();
    reader.read();
    nextFrame();
    pending[1]?.reject(new Error('offline'));
    await settle();
    expect(show).toHaveBeenLastCalledWith({ caseId: 'case-1', messages: thread('a'), failed: true });
  });

  it('shows nothing once the case closed', async () => {
    const show = vi.fn();
    const reader = threadReader('case-1', show);
    reader.read();
    nextFrame();
    reader.read();
    reader.close();
    nextFrame();
    expect(pending).toHaveLength(1);
    pending[0]?.resolve(thread('a'));
    await settle();
    expect(show).not.toHaveBeenCalled();
  });
});
