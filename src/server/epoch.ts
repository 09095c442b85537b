// The server's epoch: a random name for this store, carried by every cursor. A console's push
// says which epoch its cursor is from; a store restored from a backup keeps the backup's epoch
// until an administrator gives it a new one (`npm run sandbox -- new-epoch --data DIR`), after
// which every console's pushes from before are answered sequence_gap and never applied twice.
// The store names itself (`store.instance`), a new store and a renewed one alike.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HttpError } from './http.ts';
import { openSandboxDb } from './schema.ts';
import { instance } from './store/shared/instance.ts';
import { sqliteSql } from './store/sqlite/sqlite-sql.ts';

/** A push from a console whose cursor is from another store: whether it arrived there is unknown. */
export function checkPushEpoch(pushed: string | null, current: string): void {
  if (pushed === null || pushed === current) return;
  throw new HttpError(409, 'sequence_gap', 'This server was restored or replaced since your last sync: start a new sequence', { expectedSeq: 1 });
}

/** Gives the stopped sandbox kept in `dataDir` a new epoch, e.g. right after restoring it from a backup. */
export async function renewEpoch(dataDir: string): Promise<{ from: string | null; to: string }> {
  const file = join(dataDir, 'sandbox.db');
  if (!existsSync(file)) throw new Error(`No sandbox data in ${dataDir} (no sandbox.db there)`);
  const db = openSandboxDb(file);
  try {
    return await instance(sqliteSql(db)).renewEpoch();
  } finally {
    db.close();
  }
}
