// The server side of personal templates: an agent creates, edits and deletes their own; company
// templates are the administrator's and cannot be changed from a console.
import type { MutationArgs } from '../protocol/mutations/index.ts';
import type { MutationResult } from '../protocol/sync.ts';
import { prepared } from './prepared.ts';
import { nextVersion } from './schema.ts';
import { SandboxPart } from './sandbox-part.ts';

type Outcome = Pick<MutationResult, 'status' | 'reason' | 'message'>;

export class PersonalTemplates extends SandboxPart {
  save(args: MutationArgs<'save_template'>, username: string): Outcome {
    const refused = this.refuse(args.templateId, username);
    if (refused) return refused;
    const version = nextVersion(this.db);
    prepared(this.db, `
      INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
      VALUES (@id, @title, @shortcut, @language, @channels, NULL, @body, @at, @version, @owner)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, shortcut = excluded.shortcut, language = excluded.language,
        channels = excluded.channels, body = excluded.body, updated_at = excluded.updated_at, version = excluded.version`,
    ).run({
      id: args.templateId, title: args.title, shortcut: args.shortcut, language: args.language,
      channels: args.channels && JSON.stringify(args.channels), body: args.body,
      at: this.clock.now().toISOString(), version, owner: username,
    });
    this.feed.publishGlobal('template', args.templateId, version, username);
    return { status: 'applied' };
  }

  remove(args: MutationArgs<'delete_template'>, username: string): Outcome {
    const refused = this.refuse(args.templateId, username);
    if (refused) return refused;
    // Deleting what is already gone succeeds: the agent's intent is met.
    const info = prepared(this.db, 'DELETE FROM templates WHERE id = ?').run(args.templateId);
    if (info.changes > 0) this.feed.retract('template', args.templateId, username, 'deleted');
    return { status: 'applied' };
  }

  private refuse(templateId: string, username: string): Outcome | null {
    const existing = prepared<[string], { owner: string | null }>(this.db, 'SELECT owner FROM templates WHERE id = ?').get(templateId);
    if (!existing || existing.owner === username) return null;
    return {
      status: 'rejected',
      reason: 'not_owner',
      message: existing.owner === null ? 'Company templates are edited by an administrator' : 'This template belongs to another agent',
    };
  }
}
