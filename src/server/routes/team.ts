// Presence and the supervisor's team view. An agent or supervisor says they are available, busy
// or away, and the server stamps it with its own clock when it arrives (a console never replays
// an old presence). A supervisor reads the agents of the teams they supervise: each one's load,
// late cases and presence, and the queue of those teams (with the cases nobody holds, which
// belong to no team: any supervisor may give one to an agent of theirs).
import { PresenceRequest, type PresenceResponse, type TeamResponse } from '../../protocol/team.ts';
import type { CaseStatus, Channel, Segment } from '../../shared/domain.ts';
import { currentPresence } from '../../shared/presence.ts';
import { slaLevel } from '../../shared/sla.ts';
import { casePriority } from '../../shared/triage/case-priority.ts';
import { DEFAULT_PRIORITY_RULES, parsePriorityRules, PRIORITY_RULES_SETTING } from '../../shared/triage/priority-rules.ts';
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
    // The priority agents see in their inbox (the organisation's rules, the defaults when they
    // are invalid, as on the consoles), not the one stored when the case was opened.
    const parsed = parsePriorityRules(await api.store.transaction((tx) => tx.settings.value(PRIORITY_RULES_SETTING)) ?? DEFAULT_PRIORITY_RULES);
    const rules = parsed.ok ? parsed.rules : DEFAULT_PRIORITY_RULES;
    const queue = (await api.store.team.openCases(usernames, TEAM_QUEUE_MAX)).map((c) => TeamQueueCase.parse({
      caseId: c.caseId, number: c.number, channel: c.channel, agent: c.agent, waitingSince: c.waitingSince, late: isLate(c),
      priority: casePriority({
        texts: c.texts, channel: c.channel as Channel, reason: c.reason, status: c.status as CaseStatus, waitingSince: c.waitingSince,
        customer: c.customer && { ...c.customer, segment: c.customer.segment as Segment },
        recontact: c.recontact === 'csat_negative' ? 'csat_negative' : null, serverNow: now.getTime(),
      }, rules).priority,
    }));
    sendJson(res, 200, {
      serverNow: now.toISOString(),
      teams,
      agents: members.map((m) => ({
        username: m.username, name: m.name, team: m.team, disabled: m.disabled, presence: currentPresence(m.presence, m.lastContact, now),
        presenceAt: m.presence?.at ?? null, lastContact: m.lastContact, ...(load.get(m.username) ?? { open: 0, late: 0 }),
      })),
      queue,
    } satisfies TeamResponse);
  },
});
