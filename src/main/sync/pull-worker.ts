// The worker thread that fetches a first sync's pages, parses them and checks them against the
// protocol, while the main thread applies the page before (SQLite holds that thread). It touches
// no database: a page it could not read comes back as the error the engine would have met itself.
import { parentPort } from 'node:worker_threads';
import { ApiClient } from './api-client.ts';
import { ApiError } from './api-error.ts';
import type { PageAnswer, PageRequest } from './pull-thread.ts';

async function answer({ id, baseUrl, token, cursor, limit, timeoutMs }: PageRequest): Promise<PageAnswer> {
  const api = new ApiClient({ baseUrl, token: () => token, timeoutMs });
  try {
    return { id, page: await api.pull(cursor, limit) };
  } catch (error) {
    if (error instanceof ApiError) return { id, error: { kind: error.kind, message: error.message, details: error.details } };
    return { id, failure: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (!port) throw new Error('pull-worker.ts runs as a worker thread (see pull-thread.ts)');
port.on('message', (request: PageRequest) => {
  void answer(request).then((reply) => port.postMessage(reply));
});
