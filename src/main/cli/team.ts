// `reassign`: a supervisor gives a case to an agent of their teams. Queued like any change, then
// one sync sends it; the server's answer (or that it is still queued, offline) is printed.
import { Services } from '../services.ts';
import { teamView } from '../team/view.ts';
import type { Output } from './commands.ts';

/** The case's id: from this cache, or (a number this cache does not hold) from the team's queue, online. */
async function caseIdOf(services: Services, ref: string): Promise<string> {
  const cached = services.store.cases.find(ref);
  if (cached) return cached.id;
  if (!/^\d+$/.test(ref)) return ref;
  const queued = (await teamView(services)).queue.find((c) => c.number === Number(ref));
  if (!queued) throw new Error(`No open case #${ref} in the teams you supervise`);
  return queued.caseId;
}

export async function reassign(o: { profile: string; case: string; to: string }): Promise<Output> {
  const services = await Services.open({ profileDir: o.profile });
  try {
    const caseId = await caseIdOf(services, o.case.trim());
    const { mutationId, seq } = services.commands.reassignCase(caseId, o.to, services.profile.role);
    try {
      await services.syncOnce();
    } catch (error) {
      return { stdout: `Reassignment of ${caseId} to ${o.to} queued as mutation ${seq}; the next sync sends it\n`, stderr: `warning: ${(error as Error).message}\n` };
    }
    const settled = services.store.outbox.find(mutationId);
    if (settled?.status === 'applied') return { stdout: `Case ${caseId} reassigned to ${o.to}\n` };
    if (settled?.status === 'pending') return { stdout: `Reassignment of ${caseId} to ${o.to} queued as mutation ${seq}; the next sync sends it\n` };
    throw new Error(`The server refused the reassignment (${settled?.reason ?? 'unknown'}): ${settled?.message ?? ''}`);
  } finally {
    services.close();
  }
}
