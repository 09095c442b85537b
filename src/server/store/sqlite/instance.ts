import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { columnValue } from '../../columns.ts';
import { meta, setMeta, type SandboxDb } from '../../schema.ts';
import type { Instance } from '../repositories.ts';
import type { Sync } from './promised.ts';

/** Whole milliseconds, as text in the meta table. */
const Milliseconds = z.string().regex(/^-?\d{1,16}$/).transform(Number);

/** A new name for the store: every epoch, a new store's or a renewed one's, is drawn here. */
const newEpoch = (): string => randomBytes(6).toString('hex');

export const sqliteInstance = (db: SandboxDb): Sync<Instance> => ({
  epoch: () => {
    const known = meta(db, 'epoch');
    if (known !== null) return known;
    const epoch = newEpoch();
    setMeta(db, 'epoch', epoch);
    return epoch;
  },
  renewEpoch: () => {
    const from = meta(db, 'epoch');
    const to = newEpoch();
    setMeta(db, 'epoch', to);
    return { from, to };
  },
  clockOffset: () => columnValue(Milliseconds, meta(db, 'clock_offset_ms') ?? '0', 'meta.clock_offset_ms'),
  setClockOffset: (offsetMs) => setMeta(db, 'clock_offset_ms', String(offsetMs)),
});
