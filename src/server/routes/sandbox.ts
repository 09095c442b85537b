// Trainer controls, under /v1/sandbox/: what a trainer (or a test) does to the sandbox's world,
// for a trainer or supervisor account only. The administrators' templates, articles and
// settings go through the store; the rest (a customer writing, reassigning, the delivery log,
// reseeding) is the sandbox's controls (src/server/sandbox/), each a transaction of the store's.
import { z } from 'zod';
import type { SandboxClock } from '../clock.ts';
import { Fault } from '../faults.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import { ArticleRequest, CompanyTemplateRequest, type KnowledgeAdmin } from '../knowledge-admin.ts';
import { AssignRequest, type Controls, InboundRequest } from '../sandbox/controls.ts';
import type { Overflowed } from '../inbound/overflow.ts';
import { putSetting, SettingRequest } from '../settings-admin.ts';
import { authenticate } from './auth.ts';
import type { Api, Handler, Routes } from './route.ts';

export const SANDBOX_PREFIX = '/v1/sandbox/';

/** The sandbox's own parts, beyond what every route has. */
export interface Sandbox {
  clock: SandboxClock;
  controls: Controls;
  knowledge: KnowledgeAdmin;
  reset(): Promise<void>;
  /** Applies overflow now, by the sandbox's clock, poking the consoles when a case moved. */
  overflow(): Promise<Overflowed[]>;
}

const ClockRequest = z.object({ now: z.iso.datetime({ offset: true }).nullable() });
/** Revoke or expire the tokens of one device (its client id), or of every device of a user. */
const TokenRequest = z.object({ username: z.string().min(1), deviceId: z.string().min(1).optional() });

export function sandboxRoutes(api: Api, sandbox: Sandbox): Routes {
  const { controls } = sandbox;
  /** Answers with what `change` returns, then pokes every console to pull it. */
  const changing = (change: Handler) => async (...args: Parameters<Handler>) => {
    await change(...args);
    api.pokes.poke();
  };
  /** Ends the tokens (a revoke stops the device's outboxes too), then closes their event streams at once. */
  const endTokens = (state: 'revoked' | 'expired'): Handler => async (req, res) => {
    const { username, deviceId } = await readJson(req, TokenRequest);
    const tokens = await api.store.sessions.end(username, deviceId ?? null, state);
    if (state === 'revoked') await api.store.sessions.revokeClients(username, deviceId ?? null, api.clock.now().toISOString());
    await api.pokes.closeEnded();
    sendJson(res, 200, { tokens });
  };
  const routes: Routes = {
    'POST /v1/sandbox/reset': async (_req, res) => {
      await sandbox.reset();
      sendJson(res, 200, { ok: true });
    },
    'POST /v1/sandbox/clock': async (req, res) => {
      const { now } = await readJson(req, ClockRequest);
      await sandbox.clock.set(now === null ? null : new Date(now));
      // Time moved: the cases that now waited too long for their team overflow at once.
      const moved = await sandbox.overflow();
      sendJson(res, 200, { serverNow: sandbox.clock.now().toISOString(), moved });
    },
    'POST /v1/sandbox/inbound': changing(async (req, res) => {
      const input = await readJson(req, InboundRequest);
      sendJson(res, 200, await controls.receive(input));
    }),
    'POST /v1/sandbox/templates': changing(async (req, res) => {
      sendJson(res, 200, await sandbox.knowledge.putTemplate(await readJson(req, CompanyTemplateRequest)));
    }),
    'POST /v1/sandbox/articles': changing(async (req, res) => {
      sendJson(res, 200, await sandbox.knowledge.putArticle(await readJson(req, ArticleRequest)));
    }),
    'POST /v1/sandbox/settings': changing(async (req, res) => {
      sendJson(res, 200, await putSetting(api.store, await readJson(req, SettingRequest)));
    }),
    'GET /v1/sandbox/outbound': async (_req, res) => {
      sendJson(res, 200, { messages: await controls.outbound() });
    },
    'POST /v1/sandbox/overflow': async (_req, res) => {
      sendJson(res, 200, { moved: await sandbox.overflow() });
    },
    'POST /v1/sandbox/assign': changing(async (req, res) => {
      const input = await readJson(req, AssignRequest);
      await controls.assign(input);
      sendJson(res, 200, { ok: true });
    }),
    'POST /v1/sandbox/revoke': endTokens('revoked'),
    'POST /v1/sandbox/expire': endTokens('expired'),
    'POST /v1/sandbox/faults': async (req, res) => {
      api.faults.add(await readJson(req, Fault));
      sendJson(res, 200, { ok: true });
    },
    'DELETE /v1/sandbox/faults': (_req, res) => {
      api.faults.clear();
      sendJson(res, 200, { ok: true });
      return Promise.resolve();
    },
  };
  return Object.fromEntries(Object.entries(routes).map(([route, handler]) => [route, trainerOnly(api, handler)]));
}

/** A path under /v1/sandbox/ that names no control: a 404, once the caller proved a trainer. */
export const unknownControl = (api: Api, route: string): Handler => trainerOnly(api, () => {
  throw new HttpError(404, 'not_found', `No trainer control ${route}`);
});

function trainerOnly(api: Api, handler: Handler): Handler {
  return async (req, res) => {
    const session = await authenticate(api, req);
    if (session.role !== 'trainer' && session.role !== 'supervisor') {
      throw new HttpError(403, 'forbidden', 'Trainer controls need a trainer or supervisor account');
    }
    await handler(req, res);
  };
}
