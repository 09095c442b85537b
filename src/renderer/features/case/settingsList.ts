// A list the server's settings hold (the products, the contact reasons), read once for the page
// and again only when a setting changes. Every case shows the same lists, so opening a case no
// longer reads them again (two reads in the frame that draws it) nor draws its header twice.
import { useSyncExternalStore } from 'react';
import { onEvent } from '../../lib/bridge.ts';

interface Entry {
  data: unknown;
  listeners: Set<() => void>;
  reading: boolean;
  again: boolean;
}

const entries = new Map<string, Entry>();

function load(entry: Entry, read: () => Promise<unknown>): void {
  if (entry.reading) {
    entry.again = true;
    return;
  }
  entry.reading = true;
  // A failed read keeps what was read before (undefined at first): the labels fall back.
  read().then((data) => { entry.data = data; }, () => undefined).finally(() => {
    entry.reading = false;
    for (const listener of entry.listeners) listener();
    if (entry.again) {
      entry.again = false;
      load(entry, read);
    }
  });
}

function entryOf(key: string, read: () => Promise<unknown>): Entry {
  let entry = entries.get(key);
  if (!entry) {
    const created: Entry = { data: undefined, listeners: new Set(), reading: false, again: false };
    entries.set(key, created);
    entry = created;
    // Kept for the page's life: a change while no case is open must not leave the list stale.
    onEvent((event) => {
      if (event.type === 'changed' && event.entities.includes('setting')) load(created, read);
    });
    load(created, read);
  }
  return entry;
}

/** The list `key` names; undefined until first read. `read` must always read the same list. */
export function useSettingsList<T>(key: string, read: () => Promise<T>): T | undefined {
  const entry = entryOf(key, read);
  return useSyncExternalStore(
    (listener) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => entry.data as T | undefined,
  );
}
