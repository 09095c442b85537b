// A supervisor's new business hours, auto-replies, retention, QA scorecard, satisfaction survey, routing or listening, checked with the schema every console reads
// them with, then published to everyone. A save based on a version someone else has replaced
// since is refused, so nobody overwrites a change unseen; the supervisor's own earlier saves,
// queued on the same base, are no conflict.
import type { MutationArgs } from '../../protocol/mutations/index.ts';
import { PUT_SETTING } from '../../protocol/mutations/put-setting.ts';
import { historyProblem, QA_SCORECARDS_SETTING, ScorecardsDocument } from '../../shared/qa/scorecard.ts';
import { documentProblem } from '../../shared/settings-documents.ts';
import type { Tx } from '../store/store.ts';
import { supervisorOnly } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const putSetting: ServerMutation<typeof PUT_SETTING, undefined> = {
  name: PUT_SETTING,
  authorize: supervisorOnly,
  async apply(ctx, args, tx) {
    const problem = documentProblem(args.settingId, args.value);
    if (problem) return { status: 'rejected', reason: 'invalid_setting', message: `The ${args.settingId} document is not valid: ${problem}` };
    if (!(await basedOnLatest(tx, args, ctx.clientId))) {
      return {
        status: 'conflict',
        reason: 'stale_setting',
        message: `Someone else saved ${args.settingId} after the version this change was based on: review theirs, then save again`,
      };
    }
    if (args.settingId === QA_SCORECARDS_SETTING) {
      // Reviews keep the scorecard version they used: a save adds a version, never rewrites one.
      const history = historyProblem(await tx.settings.value(args.settingId), ScorecardsDocument.parse(args.value));
      if (history) return { status: 'rejected', reason: 'invalid_setting', message: `The ${args.settingId} document is not valid: ${history}` };
    }
    const version = await tx.settings.put(args.settingId, args.value);
    await tx.settings.recordAuthor(args.settingId, { version, clientId: ctx.clientId, baseVersion: args.baseVersion });
    await tx.feed.publishGlobal('setting', args.settingId, version);
    return APPLIED;
  },
};

/** The base is the version in force, or the one in force was written by this console's own save on the same base. */
async function basedOnLatest(tx: Tx, args: MutationArgs<'put_setting'>, clientId: string): Promise<boolean> {
  const current = await tx.settings.version(args.settingId);
  if (current === args.baseVersion) return true;
  const author = await tx.settings.author(args.settingId);
  return author !== undefined && author.version === current && author.clientId === clientId && author.baseVersion === args.baseVersion;
}
