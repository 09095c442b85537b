import { describe, expect, it } from 'vitest';
import { dismissNotice, noticeShown } from './secretsNotice.ts';

const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
};

describe('the keychain notice', () => {
  it('stays dismissed for that profile across starts, and only for that profile', () => {
    const storage = memory();
    expect(noticeShown(storage, 'sandbox-default', 'file_fallback')).toBe(true);
    dismissNotice(storage, 'sandbox-default', 'file_fallback');
    expect(noticeShown(storage, 'sandbox-default', 'file_fallback')).toBe(false);
    expect(noticeShown(storage, 'org-lucia', 'file_fallback')).toBe(true);
  });

  it('comes back when the situation changes', () => {
    const storage = memory();
    dismissNotice(storage, 'p', 'file_fallback');
    // The keychain that held the token stops answering: a different problem, said again.
    expect(noticeShown(storage, 'p', 'keychain_locked')).toBe(true);
    // The keychain answered for a while, then failed again: said again.
    expect(noticeShown(storage, 'p', null)).toBe(false);
    expect(noticeShown(storage, 'p', 'file_fallback')).toBe(true);
  });
});
