// Pull, push and the event stream: how consoles keep their cache and outbox in step.
import { PullRequest, PushRequest, type PushResponse } from '../../protocol/sync.ts';
import { checkPushEpoch } from '../epoch.ts';
import { answerFault } from '../faults.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import { type MutationApplier, SequenceGapError } from '../mutations.ts';
import { authenticate } from './auth.ts';
import type { Api, Routes } from './route.ts';

export const syncRoutes = (api: Api, applier: MutationApplier): Routes => ({
  'POST /v1/sync/pull': async (req, res) => {
    const session = await authenticate(api, req);
    const body = await readJson(req, PullRequest);
    if (await answerFault(api.faults, 'pull', res)) return;
    // A pull from the start leaves out every del the feed already holds: this console never had their rows.
    const { after, skipDelsThrough } = body.cursor === null
      ? { after: 0, skipDelsThrough: await api.store.feed.lastSeq() }
      : await readCursor(api, body.cursor, session.scopeFrom);
    const page = await api.store.feed.page(session.username, after, body.limit, skipDelsThrough);
    sendJson(res, 200, {
      changes: page.changes,
      cursor: `${api.epoch}.${page.last}${skipDelsThrough > page.last ? `.${skipDelsThrough}` : ''}`,
      hasMore: page.remaining > 0,
      remaining: page.remaining,
      serverNow: api.clock.now().toISOString(),
    });
  },

  'POST /v1/sync/push': async (req, res) => {
    const session = await authenticate(api, req);
    const body = await readJson(req, PushRequest);
    const run = async () => {
      checkPushEpoch(body.epoch, api.epoch);
      try {
        return await applier.push(session.username, body.clientId, body.mutations, session);
      } catch (error) {
        if (error instanceof SequenceGapError) {
          throw new HttpError(409, 'sequence_gap', error.message, { expectedSeq: error.expectedSeq });
        }
        throw error;
      }
    };
    let response: PushResponse | undefined;
    if (await answerFault(api.faults, 'push', res, async () => (response = await run()))) {
      if (response) api.pokes.poke();
      return;
    }
    response = await run();
    sendJson(res, 200, response);
    if (response.results.some((r) => r.status === 'applied')) api.pokes.poke();
  },

  'GET /v1/sync/events': async (req, res) => {
    const { token } = await authenticate(api, req);
    if (await answerFault(api.faults, 'events', res)) return;
    api.pokes.listen(req, res, token);
  },
});

/**
 * Cursors carry the epoch of this server's store: a cursor from another store (the sandbox
 * restarted in memory, or restored) cannot silently skip changes; the console resyncs. So does
 * one older than the dels the feed still keeps (compacted away), unless it is a pull from the
 * start that leaves all of those out anyway. And so does one pulled before the user's role or
 * team changed: what they saw then is not what they see now.
 */
async function readCursor(api: Api, cursor: string, scopeFrom: number): Promise<{ after: number; skipDelsThrough: number }> {
  const [, epoch, seq, skip] = /^([0-9a-f]+)\.(\d{1,15})(?:\.(\d{1,15}))?$/.exec(cursor) ?? [];
  const after = Number(seq);
  const skipDelsThrough = Number(skip ?? 0);
  const lastSeq = await api.store.feed.lastSeq();
  if (epoch !== api.epoch || seq === undefined || after > lastSeq || skipDelsThrough > lastSeq) {
    throw new HttpError(410, 'resync_required', 'This cursor is not from this server: pull again from the start');
  }
  const horizon = await api.store.feed.horizon();
  if (after < horizon && skipDelsThrough < horizon) {
    throw new HttpError(410, 'resync_required', 'This cursor is older than the deletions this server keeps: pull again from the start');
  }
  if (after < scopeFrom) throw new HttpError(410, 'resync_required', 'What you may see changed since this cursor (a new role or team): pull again from the start');
  return { after, skipDelsThrough };
}
