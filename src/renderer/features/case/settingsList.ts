// A list the server's settings hold (the products, the contact reasons), read once for the open
// profile and again only when a setting changes. Every case shows the same lists, so opening a case
// no longer reads them again (two reads in the frame that draws it) nor draws its header twice.
// Another profile (a switch, the sandbox, signing out and in) has lists of its own: the shell
// forgets these when it closes, and a read still on its way for the old profile is dropped.
import { useSyncExternalStore } from 'react';
import { onEvent } from '../../lib/bridge.ts';

interface Entry {
  read: () => Promise<unknown>;
  /** Made once per list, so React keeps one subscription however often a case renders. */
  store: Store<unknown>;
  data: unknown;
  listeners: Set<() => void>;
  reading: boolean;
  again: boolean;
}

interface Store<T> {
  subscribe: (listener: () => void) => () => void;
  get: () => T | undefined;
}

const entries = new Map<string, Entry>();
/** Counts the profiles opened: an answer asked for under an earlier one is not kept. */
let generation = 0;

function notify(entry: Entry): void {
  for (const listener of entry.listeners) listener();
}

function load(entry: Entry): void {
  if (entry.reading) {
    entry.again = true;
    return;
  }
  entry.reading = true;
  const asked = generation;
  // A failed read keeps what was read before (undefined at first, read again on the next use).
  entry.read().then((data) => { if (asked === generation) entry.data = data; }, () => undefined).finally(() => {
    entry.reading = false;
    notify(entry);
    if (entry.again) {
      entry.again = false;
      load(entry);
    }
  });
}

function entryOf(key: string, read: () => Promise<unknown>): Entry {
  const known = entries.get(key);
  if (known) return known;
  const entry: Entry = {
    read, data: undefined, listeners: new Set(), reading: false, again: false,
    store: { subscribe: (listener) => subscribe(entry, listener), get: () => entry.data },
  };
  entries.set(key, entry);
  // Kept for the page's life: a change while no case is open must not leave the list stale.
  onEvent((event) => {
    if (event.type === 'changed' && event.entities.includes('setting')) load(entry);
  });
  load(entry);
  return entry;
}

function subscribe(entry: Entry, listener: () => void): () => void {
  entry.listeners.add(listener);
  // Nothing read yet (the first read failed, or the profile changed): try again now.
  if (entry.data === undefined && !entry.reading) load(entry);
  return () => entry.listeners.delete(listener);
}

/** Forgets every list (the profile closed): the next profile's are read when next shown. */
export function forgetSettingsLists(): void {
  generation += 1;
  for (const entry of entries.values()) {
    entry.data = undefined;
    notify(entry);
    // A read on its way answers for the old profile: read once more after it. Shown: read now.
    if (entry.reading || entry.listeners.size > 0) load(entry);
  }
}

/** The list `key` names, as a store: what `useSettingsList` watches (and tests drive). */
export function settingsStore<T>(key: string, read: () => Promise<T>): Store<T> {
  return entryOf(key, read).store as Store<T>;
}

/** The list `key` names; undefined until first read. `read` must always read the same list. */
export function useSettingsList<T>(key: string, read: () => Promise<T>): T | undefined {
  const store = settingsStore(key, read);
  return useSyncExternalStore(store.subscribe, store.get);
}
