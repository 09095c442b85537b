// A supervisor's settings documents (business hours, auto-replies, retention, the QA scorecard, the survey, routing, listening): queued like any change,
// in force nowhere until the server takes it.
import { z } from 'zod';
import { PutSettingArgs } from '../../protocol/mutations/put-setting.ts';
import type { EditableSetting } from '../../shared/business-settings.ts';
import { documentProblem } from '../../shared/settings-documents.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/**
 * Queues a new version of a settings document, based on `baseVersion`: the version the
 * supervisor's draft started from, not whatever this console holds by the time they save (a
 * version pulled meanwhile is someone else's change, which the server then refuses to overwrite
 * with `stale_setting`). `role` is the signed-in agent's: the server checks it again.
 */
export function putSetting(
  ctx: CommandContext, settingId: EditableSetting, value: unknown, role: string, baseVersion: number | null,
): Omit<Queued, 'caseId'> {
  if (role !== 'supervisor') throw new CommandError('not_supervisor', 'Only a supervisor changes business hours, auto-replies, retention, the QA scorecard, the satisfaction survey, routing and listening');
  const problem = documentProblem(settingId, value);
  if (problem) throw new CommandError('invalid_setting', `The ${settingId} document is not valid: ${problem}`);
  const parsed = PutSettingArgs.safeParse({ settingId, value, baseVersion });
  if (!parsed.success) throw new CommandError('invalid_setting', `The ${settingId} document is not valid: ${z.prettifyError(parsed.error)}`);
  return ctx.enqueue('put_setting', parsed.data, baseVersion);
}
