// What every route file works with. A route file exports its handlers keyed by `METHOD /path`;
// server.ts merges the tables, so a new route is a line in its file and nothing else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.ts';
import type { LastContacts } from '../contacts.ts';
import type { Faults } from '../faults.ts';
import type { Pokes } from '../pokes.ts';
import type { ServerStore } from '../store/store.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Handlers by `METHOD /path`, e.g. `POST /v1/sync/pull`. */
export type Routes = Record<string, Handler>;

/** The server's parts a handler may use: the database only through the store. */
export interface Api {
  store: ServerStore;
  clock: Clock;
  faults: Faults;
  pokes: Pokes;
  /** Each authenticated call keeps its user's last contact (presence goes stale without one). */
  contacts: LastContacts;
  /** Names the store: cursors carry it (see routes/sync.ts). */
  epoch: string;
  /** A training sandbox (its consoles show the training banner), not an organisation's server. */
  sandbox: boolean;
  /** Begins every token this world issues, so a request finds its world (a class's trainee); none on the main world. */
  tokenPrefix?: string;
}
