// Supervisors' quality work: drawing a sample into a QA pack (a preview first, then the same
// seed confirmed) and opening a calibration session. Only supervisors; a supervisor draws only
// from the teams they supervise.
import type { IncomingMessage } from 'node:http';
import { CalibrationRequest, type CalibrationResponse, DrawRequest } from '../../protocol/qa.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import { createPack, draw, packCase } from '../qa-packs.ts';
import { authenticate, type Session } from './auth.ts';
import type { Api, Routes } from './route.ts';

async function supervisor(api: Api, req: IncomingMessage): Promise<Session> {
  const session = await authenticate(api, req);
  if (session.role !== 'supervisor') throw new HttpError(403, 'forbidden', 'Only supervisors draw, review and calibrate');
  return session;
}

export const qaRoutes = (api: Api): Routes => ({
  'POST /v1/qa/draw': async (req, res) => {
    const session = await supervisor(api, req);
    const input = await readJson(req, DrawRequest);
    const answer = await api.store.transaction(async (tx) => {
      const drawn = await draw(tx, session.username, input, api.clock.now());
      if (!input.confirm) return drawn.response;
      return { ...drawn.response, packId: await createPack(tx, drawn.pack, []) };
    });
    if (answer.packId !== null) api.pokes.poke();
    sendJson(res, answer.packId === null ? 200 : 201, answer);
  },
  'POST /v1/qa/calibrations': async (req, res) => {
    const session = await supervisor(api, req);
    const input = await readJson(req, CalibrationRequest);
    const answer = await api.store.transaction(async (tx): Promise<CalibrationResponse> => {
      const reviewers = [...new Set([session.username, ...input.reviewers])].sort();
      for (const username of reviewers) {
        if ((await tx.qaPacks.member(username))?.role !== 'supervisor') {
          throw new HttpError(400, 'unknown_reviewer', `${username} is not a supervisor`);
        }
      }
      const source = input.packId === undefined ? undefined : await tx.qaPacks.get(input.packId);
      if (input.packId !== undefined && source === undefined) throw new HttpError(404, 'pack_not_found', `There is no pack ${input.packId}`);
      const by = source?.data.by ?? [];
      const caseIds = source ? source.data.cases.map((c) => c.caseId) : [...new Set(input.caseIds)];
      const facts = await tx.qaPacks.cases(caseIds);
      if (facts.length !== caseIds.length) throw new HttpError(404, 'case_not_found', 'Some of those cases do not exist');
      if (facts.some((f) => f.agent === null)) throw new HttpError(400, 'bad_request', 'A calibration reviews cases an agent handled');
      const cases = facts.map((f) => packCase(f, by));
      const now = api.clock.now().toISOString();
      const strata = [...new Set(cases.map((c) => c.stratum))].sort().map((key) => ({ key, count: cases.filter((c) => c.stratum === key).length }));
      const agents = [...new Set(cases.map((c) => c.agent))].sort();
      // The console marks a calibration in the reader's language; the title names what it covers.
      const packId = await createPack(tx, {
        createdBy: session.username, createdAt: now, title: source?.data.title ?? agents.join(', '),
        seed: source?.data.seed ?? 'calibration', period: source?.data.period ?? { from: now, to: now }, perAgent: source?.data.perAgent ?? 0,
        by, agents, team: source?.data.team ?? null, strata, cases,
        calibration: { reviewers, benchmark: session.username },
      }, reviewers);
      return { packId, reviewers, cases: cases.length };
    });
    api.pokes.poke();
    sendJson(res, 201, answer);
  },
});
