// The settings' lists are read once per profile: a failed first read is tried again when the list
// is next shown, and closing the profile forgets its lists, even an answer still on its way.
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../shared/events.ts';

const listeners = new Set<(event: AppEvent) => void>();
vi.mock('../../lib/bridge.ts', () => ({
  onEvent: (listener: (event: AppEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
}));
const { forgetSettingsLists, settingsStore } = await import('./settingsList.ts');

const emit = (event: AppEvent) => { for (const listener of [...listeners]) listener(event); };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A read whose answers the test gives, one per call. */
function controlledRead() {
  const pending: { resolve: (value: string[]) => void; reject: (error: Error) => void }[] = [];
  const read = vi.fn(() => new Promise<string[]>((resolve, reject) => { pending.push({ resolve, reject }); }));
  return { read, pending };
}

describe('a settings list', () => {
  it('is read once, and again when a setting changed', async () => {
    const { read, pending } = controlledRead();
    const store = settingsStore('once', read);
    const stop = store.subscribe(() => undefined);
    settingsStore('once', read).subscribe(() => undefined);
    expect(read).toHaveBeenCalledTimes(1);
    pending[0]?.resolve(['a']);
    await settle();
    expect(store.get()).toEqual(['a']);
    emit({ type: 'changed', entities: ['case', 'message'] });
    expect(read).toHaveBeenCalledTimes(1);
    emit({ type: 'changed', entities: ['setting'] });
    pending[1]?.resolve(['b']);
    await settle();
    expect(store.get()).toEqual(['b']);
    stop();
  });

  it('is read again when next shown after a failed first read', async () => {
    const { read, pending } = controlledRead();
    const store = settingsStore('failed', read);
    pending[0]?.reject(new Error('offline'));
    await settle();
    expect(store.get()).toBeUndefined();
    store.subscribe(() => undefined);
    expect(read).toHaveBeenCalledTimes(2);
    pending[1]?.resolve(['a']);
    await settle();
    expect(store.get()).toEqual(['a']);
  });

  it("is forgotten with the profile, and the old profile's late answer is dropped", async () => {
    const { read, pending } = controlledRead();
    const store = settingsStore('profile', read);
    pending[0]?.resolve(['old']);
    await settle();
    emit({ type: 'changed', entities: ['setting'] });
    forgetSettingsLists();
    expect(store.get()).toBeUndefined();
    pending[1]?.resolve(['old, late']);
    await settle();
    expect(store.get()).toBeUndefined();
    expect(read).toHaveBeenCalledTimes(3);
    pending[2]?.resolve(['new']);
    await settle();
    expect(store.get()).toEqual(['new']);
  });

  it('is read for the next profile when next shown', async () => {
    const { read, pending } = controlledRead();
    const store = settingsStore('next', read);
    pending[0]?.resolve(['old']);
    await settle();
    forgetSettingsLists();
    expect(read).toHaveBeenCalledTimes(1);
    const changes = vi.fn();
    store.subscribe(changes);
    pending[1]?.resolve(['new']);
    await settle();
    expect(store.get()).toEqual(['new']);
    expect(changes).toHaveBeenCalled();
  });
});
