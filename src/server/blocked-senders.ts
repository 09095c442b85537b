// The server side of the block list: any agent blocks a sender for the whole organisation, and
// any agent lifts a block. Everyone's console receives the list (a `del` once lifted).
import type { MutationArgs } from '../protocol/mutations/index.ts';
import type { MutationResult } from '../protocol/sync.ts';
import { EVERYONE } from './feed.ts';
import { prepared } from './prepared.ts';
import { nextVersion } from './schema.ts';
import { SandboxPart } from './sandbox-part.ts';

type Outcome = Pick<MutationResult, 'status' | 'reason' | 'message'>;

interface BlockRow {
  id: string;
  unblocked_at: string | null;
}

export class BlockedSenders extends SandboxPart {
  block(args: MutationArgs<'block_sender'>, username: string): Outcome {
    if (prepared(this.db, 'SELECT 1 FROM blocked_senders WHERE id = ?').get(args.blockId)) {
      return { status: 'rejected', reason: 'duplicate_block', message: 'A block with this id already exists' };
    }
    // One active block per sender: a second agent blocking the same sender gets the first block.
    const active = prepared<[string, string], BlockRow>(this.db,
      'SELECT id, unblocked_at FROM blocked_senders WHERE channel = ? AND handle = ? AND unblocked_at IS NULL',
    ).get(args.channel, args.handle);
    if (active) {
      return { status: 'rejected', reason: 'already_blocked', message: `${args.handle} on ${args.channel} is already blocked` };
    }
    const version = nextVersion(this.db);
    prepared(this.db, `INSERT INTO blocked_senders (id, channel, handle, reason, blocked_by, blocked_at, unblocked_at, version)
      VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
    ).run(args.blockId, args.channel, args.handle, args.reason, username, this.clock.now().toISOString(), version);
    this.feed.publishGlobal('blocked_sender', args.blockId, version);
    return { status: 'applied' };
  }

  unblock(args: MutationArgs<'unblock_sender'>): Outcome {
    const row = prepared<[string], BlockRow>(this.db, 'SELECT id, unblocked_at FROM blocked_senders WHERE id = ?').get(args.blockId);
    if (!row) return { status: 'rejected', reason: 'block_not_found', message: `No block ${args.blockId} on the server; nothing was unblocked` };
    // Lifting a block already lifted (by another agent, say) meets the agent's intent.
    if (row.unblocked_at !== null) return { status: 'applied' };
    prepared(this.db, 'UPDATE blocked_senders SET unblocked_at = ?, version = ? WHERE id = ?')
      .run(this.clock.now().toISOString(), nextVersion(this.db), args.blockId);
    this.feed.retract('blocked_sender', args.blockId, EVERYONE, 'unblocked');
    return { status: 'applied' };
  }
}
