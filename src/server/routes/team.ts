// Presence and the supervisor's team view. An agent or supervisor says they are available, busy
// or away, and the server stamps it with its own clock when it arrives (a console never replays
// an old presence). A supervisor reads the agents of the teams they supervise: each one's load,
// late cases and presence, and the queue of those teams.
import { PresenceRequest, type PresenceResponse, type TeamResponse } from '../../protocol/team.ts';
import type { Channel } from '../../shared/domain.ts';
import { currentPresence } from '../../shared/presence.ts';
import { slaLevel } from '../../shared/sla.ts';
import { TEAM_QUEUE_MAX, TeamQueueCase } from '../../shared/team.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import { authenticate } from './auth.ts';
import type { Api, Routes } from './route.ts';

export const teamRoutes = (api: Api): Routes => ({
  'POST /v1/presence': async (req, res) => {
    const session = await authenticate(api, req);
    if (session.role !== 'agent' && session.role !== 'supervisor') {
      throw new HttpError(403, 'forbidden', 'Only agents and supervisors have a presence');
    }
    const { state } = await readJson(req, PresenceRequest);
    const now = api.clock.now();
    await api.store.team.recordPresence(session.username, state, now.toISOString());
    api.contacts.wrote(session.username, now);
    sendJson(res, 200, { state, at: now.toISOString() } satisfies PresenceResponse);
  },
  'GET /v1/team': async (req, res) => {
    const session = await authenticate(api, req);
    if (session.role !== 'supervisor') throw new HttpError(403, 'forbidden', 'Only supervisors see the team view');
    const now = api.clock.now();
    const teams = await api.store.team.supervised(session.username);
    const members = await api.store.team.members(teams);
    const usernames = members.map((m) => m.username);
    const isLate = (c: { channel: string; waitingSince: string | null }) => slaLevel(c.waitingSince, c.channel as Channel, now) === 'late';
    const load = new Map(usernames.map((u) => [u, { open: 0, late: 0 }]));
    for (const c of await api.store.team.load(usernames)) {
      const counts = load.get(c.agent);
      if (!counts) continue;
      counts.open += 1;
      if (isLate(c)) counts.late += 1;
    }
    const queue = (await api.store.team.openCases(usernames, TEAM_QUEUE_MAX)).map((c) => TeamQueueCase.parse({ ...c, late: isLate(c) }));
    sendJson(res, 200, {
      serverNow: now.toISOString(),
      teams,
      agents: members.map((m) => ({
        username: m.username, name: m.name, team: m.team, presence: currentPresence(m.presence, m.lastContact, now),
        presenceAt: m.presence?.at ?? null, lastContact: m.lastContact, ...(load.get(m.username) ?? { open: 0, late: 0 }),
      })),
      queue,
    } satisfies TeamResponse);
  },
});
