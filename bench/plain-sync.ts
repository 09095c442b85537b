// The baseline of encryption's cost: the console's initial sync into a plain SQLite cache (no
// key), composed as Services composes it otherwise: same store, engine, API client and triage.
import { randomUUID } from 'node:crypto';
import { Store } from '../src/main/db/store.ts';
import { silentLogger } from '../src/main/log.ts';
import { ApiClient } from '../src/main/sync/api-client.ts';
import { SyncEngine, type SyncSummary } from '../src/main/sync/engine.ts';
import { ensureTriage } from '../src/main/triage/triage.ts';

export async function plainInitialSync(url: string, token: string, username: string, file: string): Promise<SyncSummary> {
  const store = Store.open(file, null);
  try {
    store.bindAccount({ server: url, username, clientId: randomUUID() });
    ensureTriage(store);
    const api = new ApiClient({ baseUrl: url, token: () => token });
    const engine = new SyncEngine({ store, api, author: () => ({ name: username, username }), log: silentLogger });
    return await engine.sync();
  } finally {
    store.close();
  }
}
