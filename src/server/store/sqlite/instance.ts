import { randomBytes } from 'node:crypto';
import { meta, setMeta, type SandboxDb } from '../../schema.ts';
import type { Instance } from '../repositories.ts';
import type { Sync } from './promised.ts';

export const sqliteInstance = (db: SandboxDb): Sync<Instance> => ({
  epoch: () => {
    const known = meta(db, 'epoch');
    if (known !== null) return known;
    const epoch = randomBytes(6).toString('hex');
    setMeta(db, 'epoch', epoch);
    return epoch;
  },
  clockOffset: () => Number(meta(db, 'clock_offset_ms') ?? 0),
  setClockOffset: (offsetMs) => setMeta(db, 'clock_offset_ms', String(offsetMs)),
});
