import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { columnValue } from '../../columns.ts';
import type { Instance } from '../repositories.ts';
import type { Sql } from '../sql.ts';

/** Whole milliseconds, as text in the meta table. */
const Milliseconds = z.string().regex(/^-?\d{1,16}$/).transform(Number);

/** A new name for the store: every epoch, a new store's or a renewed one's, is drawn here. */
const newEpoch = (): string => randomBytes(6).toString('hex');

export async function metaValue(sql: Sql, key: string): Promise<string | null> {
  return (await sql.row<{ value: string }>('SELECT value FROM meta WHERE key = ?', key))?.value ?? null;
}

export async function setMetaValue(sql: Sql, key: string, value: string): Promise<void> {
  await sql.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', key, value);
}

export const instance = (sql: Sql): Instance => ({
  epoch: async () => {
    const known = await metaValue(sql, 'epoch');
    if (known !== null) return known;
    // Two nodes opening a new database at once draw one epoch: the first insert wins.
    await sql.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', 'epoch', newEpoch());
    const drawn = await metaValue(sql, 'epoch');
    if (drawn === null) throw new Error('The store has no epoch after drawing one');
    return drawn;
  },
  renewEpoch: async () => {
    const from = await metaValue(sql, 'epoch');
    const to = newEpoch();
    await setMetaValue(sql, 'epoch', to);
    return { from, to };
  },
  clockOffset: async () => columnValue(Milliseconds, (await metaValue(sql, 'clock_offset_ms')) ?? '0', 'meta.clock_offset_ms'),
  setClockOffset: (offsetMs) => setMetaValue(sql, 'clock_offset_ms', String(offsetMs)),
});
