// The server side of `put_setting`: a supervisor's new business hours or auto-replies, checked
// with the schema every console reads them with, then published to everyone. A save based on a
// version someone else has replaced since is refused, so nobody overwrites a change unseen; the
// supervisor's own earlier saves, queued on the same base, are no conflict.
import type { MutationArgs } from '../protocol/mutations/index.ts';
import type { MutationResult } from '../protocol/sync.ts';
import { documentProblem } from '../shared/settings-documents.ts';
import { prepared } from './prepared.ts';
import { nextVersion } from './schema.ts';
import { SandboxPart } from './sandbox-part.ts';

type Outcome = Pick<MutationResult, 'status' | 'reason' | 'message'>;

interface Author {
  version: number;
  client_id: string;
  base_version: number | null;
}

export class BusinessSettings extends SandboxPart {
  put(args: MutationArgs<'put_setting'>, ctx: { username: string; clientId: string }): Outcome {
    const role = prepared<[string], { role: string }>(this.db, 'SELECT role FROM users WHERE username = ?').get(ctx.username)?.role;
    if (role !== 'supervisor') {
      return { status: 'rejected', reason: 'not_supervisor', message: 'Only a supervisor changes business hours and auto-replies' };
    }
    const problem = documentProblem(args.settingId, args.value);
    if (problem) return { status: 'rejected', reason: 'invalid_setting', message: `The ${args.settingId} document is not valid: ${problem}` };
    const current = prepared<[string], { version: number }>(this.db, 'SELECT version FROM settings WHERE id = ?').get(args.settingId)?.version ?? null;
    if (!this.basedOnLatest(args, current, ctx.clientId)) {
      return {
        status: 'conflict',
        reason: 'stale_setting',
        message: `Someone else saved ${args.settingId} after the version this change was based on: review theirs, then save again`,
      };
    }
    const version = nextVersion(this.db);
    prepared(this.db, `INSERT INTO settings (id, value, version) VALUES (?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET value = excluded.value, version = excluded.version`)
      .run(args.settingId, JSON.stringify(args.value), version);
    prepared(this.db, `INSERT INTO setting_authors (setting_id, version, client_id, base_version) VALUES (?, ?, ?, ?)
      ON CONFLICT(setting_id) DO UPDATE SET version = excluded.version, client_id = excluded.client_id, base_version = excluded.base_version`)
      .run(args.settingId, version, ctx.clientId, args.baseVersion);
    this.feed.publishGlobal('setting', args.settingId, version);
    return { status: 'applied' };
  }

  /** The base is the version in force, or the one in force was written by this console's own save on the same base. */
  private basedOnLatest(args: MutationArgs<'put_setting'>, current: number | null, clientId: string): boolean {
    if (current === args.baseVersion) return true;
    const author = prepared<[string], Author>(this.db, 'SELECT version, client_id, base_version FROM setting_authors WHERE setting_id = ?')
      .get(args.settingId);
    return author !== undefined && author.version === current && author.client_id === clientId && author.base_version === args.baseVersion;
  }
}
