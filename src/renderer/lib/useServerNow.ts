// The server's time, ticking: this computer's clock moved by the offset read at the last pull
// (a class's clock may be months away). One reading is shared by every caller and read again
// when a sync completes, so rows and ticks cost no IPC.
import { useSyncExternalStore } from 'react';
import { clockOffset } from '../../shared/server-clock.ts';
import { api, onEvent } from './bridge.ts';
import { useNow } from './useNow.ts';

let offsetMs = 0;
let lastSynced: string | null | undefined;
let stop: (() => void) | null = null;
const listeners = new Set<() => void>();

function read(): void {
  api.reportClock({}).then((reading) => {
    const next = clockOffset(reading);
    if (next === offsetMs) return;
    offsetMs = next;
    for (const listener of listeners) listener();
  }, () => undefined); // the next sync reads it again
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!stop) {
    read();
    stop = onEvent((event) => {
      if (event.type !== 'sync' || event.status.lastSyncedAt === lastSynced) return;
      lastSynced = event.status.lastSyncedAt;
      read();
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || !stop) return;
    stop();
    stop = null;
    lastSynced = undefined;
  };
}

/** The server's time in epoch ms, refreshed every `intervalMs` (and when a sync moves the reading). */
export function useServerNow(intervalMs: number): number {
  const offset = useSyncExternalStore(subscribe, () => offsetMs);
  return useNow(intervalMs) + offset;
}
