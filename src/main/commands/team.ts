// A supervisor's work on the team: reassigning a case. Queued like any change, so it is sent
// exactly once, offline too; the server decides who may (a supervisor of the case's team, to an
// agent of a team they supervise) and moves the case between the agents' consoles.
import { ReassignCaseArgs } from '../../protocol/mutations/reassign-case.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** `role` is the signed-in user's: the server checks it again, with the teams. */
export function reassignCase(ctx: CommandContext, caseId: string, to: string, role: string): Omit<Queued, 'caseId'> {
  if (role !== 'supervisor') throw new CommandError('not_supervisor', 'Only a supervisor reassigns cases');
  const parsed = ReassignCaseArgs.safeParse({ caseId: caseId.trim(), to: to.trim() });
  if (!parsed.success) throw new CommandError('invalid_target', 'Say which case and which agent it goes to');
  return ctx.enqueue('reassign_case', parsed.data, null);
}
