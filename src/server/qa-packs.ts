// QA packs on the server: which agents a draw covers (by the supervisor's teams), the candidates
// with their strata, and a pack's cases as the wire carries them. The draw itself is the shared,
// seeded `drawSample`, so a seed reproduces the same sample wherever it runs.
import { randomBytes, randomUUID } from 'node:crypto';
import type { DrawRequest, DrawResponse, QaPackCase, WireQaPack } from '../protocol/qa.ts';
import type { Channel, ContactReason, Resolution } from '../shared/domain.ts';
import { drawSample, type Sample, type SampleCandidate } from '../shared/qa/sampling.ts';
import { isOversampled, orderDimensions, seniorityBand, stratumKey, type StratumDimension } from '../shared/qa/strata.ts';
import { HttpError } from './http.ts';
import type { QaCaseFacts, QaMember } from './store/repositories.ts';
import type { Tx } from './store/store.ts';

/** The default period: the four weeks before the server's clock. */
export const DEFAULT_PERIOD_MS = 28 * 24 * 3600_000;

const seconds = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/** A case as a pack holds it: its strata, handling times and classification. */
export function packCase(facts: QaCaseFacts, by: readonly StratumDimension[]): QaPackCase {
  const values = {
    channel: facts.channel as Channel,
    seniority: seniorityBand(facts.hiredAt, facts.updatedAt),
    reason: facts.reason as ContactReason | null,
    resolution: facts.resolution as Resolution | null,
  };
  return {
    caseId: facts.caseId, number: facts.number, agent: facts.agent ?? '', channel: values.channel, stratum: stratumKey(values, by),
    seniority: values.seniority, reason: values.reason, resolution: values.resolution,
    firstResponseSeconds: seconds(facts.firstCustomerAt, facts.firstReplyAt),
    handleSeconds: facts.status === 'resolved' ? seconds(facts.firstCustomerAt, facts.updatedAt) : null,
    messages: facts.messages,
  };
}

function candidate(facts: QaCaseFacts, pc: QaPackCase, reviewed: ReadonlySet<string>): SampleCandidate {
  return {
    caseId: facts.caseId, agent: pc.agent, channel: pc.channel,
    values: { channel: pc.channel, seniority: pc.seniority, reason: pc.reason, resolution: pc.resolution },
    oversampled: isOversampled(pc.reason, pc.handleSeconds), handledBy: facts.handledBy, reviewed: reviewed.has(facts.caseId),
  };
}

/** The agents a supervisor's draw covers: named ones or a team's, only of the teams they supervise. */
async function agentsOf(tx: Tx, me: QaMember, input: DrawRequest): Promise<string[]> {
  if (input.agents !== undefined && input.team !== undefined) throw new HttpError(400, 'bad_request', 'Give either agents or team, not both');
  if (input.team !== undefined) {
    if (!(await tx.qaPacks.teams()).includes(input.team)) throw new HttpError(404, 'unknown_team', `There is no team ${input.team}`);
    if (!me.supervises.includes(input.team)) throw new HttpError(403, 'not_your_team', `You do not supervise ${input.team}`);
    const agents = await tx.qaPacks.teamAgents(input.team);
    if (agents.length === 0) throw new HttpError(422, 'no_agents', `Team ${input.team} has no agents`);
    return agents;
  }
  if (input.agents === undefined) throw new HttpError(400, 'no_agents', 'Name the agents or the team to draw from');
  const agents = [...new Set(input.agents)].sort();
  for (const username of agents) {
    const agent = await tx.qaPacks.member(username);
    if (agent?.role !== 'agent') throw new HttpError(400, 'unknown_agent', `${username} is not an agent`);
    if (agent.team === null || !me.supervises.includes(agent.team)) {
      throw new HttpError(403, 'not_your_team', `${username} is not in a team you supervise`);
    }
  }
  return agents;
}

export interface Draw {
  response: DrawResponse;
  /** The pack to store when the draw is confirmed. */
  pack: WireQaPack;
}

/** Draws a sample for `reviewer` (a supervisor) as `input` asks, at the server's `now`; stores nothing. */
export async function draw(tx: Tx, reviewer: string, input: DrawRequest, now: Date): Promise<Draw> {
  const me = await tx.qaPacks.member(reviewer);
  if (me === undefined) throw new HttpError(403, 'forbidden', 'Only supervisors draw QA samples');
  const to = input.to === undefined ? now.toISOString() : new Date(input.to).toISOString();
  const from = input.from === undefined ? new Date(Date.parse(to) - DEFAULT_PERIOD_MS).toISOString() : new Date(input.from).toISOString();
  if (from >= to) throw new HttpError(400, 'invalid_period', 'The period must start before it ends');
  const agents = await agentsOf(tx, me, input);
  const facts = await tx.qaPacks.resolvedCases(agents, from, to);
  if (facts.length === 0) throw new HttpError(422, 'empty_period', `No resolved cases of ${agents.join(', ')} between ${from} and ${to}`);
  const by = orderDimensions(input.by ?? []);
  const reviewed = new Set(await tx.qaPacks.reviewedIn(from, to));
  const cases = new Map(facts.map((f) => [f.caseId, packCase(f, by)]));
  const seed = input.seed ?? randomBytes(6).toString('hex');
  const sample: Sample = drawSample({
    candidates: facts.map((f) => candidate(f, cases.get(f.caseId) as QaPackCase, reviewed)), by, perAgent: input.perAgent, seed, reviewer,
  });
  if (sample.cases.length === 0) throw new HttpError(422, 'nothing_to_draw', 'Every case of the period was reviewed already or handled by you');
  const perAgent = agents.map((agent) => ({ agent, count: sample.cases.filter((c) => c.agent === agent).length }));
  const period = { from, to };
  return {
    response: { packId: null, seed, period, strata: sample.strata, total: sample.cases.length, perAgent, cases: sample.cases },
    pack: {
      createdBy: reviewer, createdAt: now.toISOString(), title: input.team ?? agents.join(', '), seed, period, perAgent: input.perAgent, by,
      agents, team: input.team ?? null, strata: sample.strata,
      cases: sample.cases.map((c) => cases.get(c.caseId) as QaPackCase), calibration: null,
    },
  };
}

/** Stores a pack for its reviewers and puts it, its cases and their customers in front of them. */
export async function createPack(tx: Tx, pack: WireQaPack, reviewers: readonly string[]): Promise<string> {
  const id = randomUUID();
  await tx.qaPacks.create({ id, data: pack, reviewers: [pack.createdBy, ...reviewers] });
  await tx.feed.publishPack(id);
  return id;
}
