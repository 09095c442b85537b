// What the case view marks read up to: the newest customer message of an unread case of the
// agent's own, or, when a long thread's newest messages hold none of the customer's, still once.
import { describe, expect, it, vi } from 'vitest';
import type { CaseDetail, Message } from '../../../shared/models.ts';

vi.mock('../../lib/bridge.ts', () => ({ api: {} }));
const { unreadUpTo } = await import('./useMarkRead.ts');

const message = (id: string, kind: Message['kind']) => ({ id, kind }) as Message;
const detail = (unread: boolean, messages: Message[], readOnly = false) =>
  ({ case: { unread }, messages, readOnly }) as unknown as CaseDetail;

describe('marking the open case read', () => {
  it('goes up to the newest customer message', () => {
    expect(unreadUpTo(detail(true, [message('m1', 'customer'), message('m2', 'customer'), message('m3', 'reply')]))).toBe('m2');
  });

  it('still marks a case whose newest messages hold none of the customer’s', () => {
    expect(unreadUpTo(detail(true, [message('r1', 'reply'), message('a1', 'auto_reply')]))).toBe('earlier');
  });

  it('marks nothing on a case already read, another agent’s, or none', () => {
    expect(unreadUpTo(detail(false, [message('m1', 'customer')]))).toBeNull();
    expect(unreadUpTo(detail(true, [message('m1', 'customer')], true))).toBeNull();
    expect(unreadUpTo(null)).toBeNull();
    expect(unreadUpTo(undefined)).toBeNull();
  });
});
