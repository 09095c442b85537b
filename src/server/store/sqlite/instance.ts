import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { columnValue } from '../../columns.ts';
import { meta, setMeta, type SandboxDb } from '../../schema.ts';
import type { Instance } from '../repositories.ts';
import type { Sync } from './promised.ts';

/** Whole milliseconds, as text in the meta table. */
const Milliseconds = z.string().regex(/^-?\d{1,16}$/).transform(Number);

export const sqliteInstance = (db: SandboxDb): Sync<Instance> => ({
  epoch: () => {
    const known = meta(db, 'epoch');
    if (known !== null) return known;
    const epoch = randomBytes(6).toString('hex');
    setMeta(db, 'epoch', epoch);
    return epoch;
  },
  clockOffset: () => columnValue(Milliseconds, meta(db, 'clock_offset_ms') ?? '0', 'meta.clock_offset_ms'),
  setClockOffset: (offsetMs) => setMeta(db, 'clock_offset_ms', String(offsetMs)),
});
