// The reports snapshot a console keeps to read reports offline: fetched after a successful pull,
// at most every 5 minutes (the figures are weekly and monthly; fresher buys nothing). A payload
// that is not the contract is refused with a log line and the snapshot already held is kept.
import type { ReportSnapshots } from '../../protocol/reports.ts';
import type { Store } from '../db/store.ts';
import type { Logger } from '../log.ts';
import type { ProfileMeta } from '../profiles.ts';
import { fetchReportSnapshots, type ReportSession } from './client.ts';

export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;

export type SnapshotOutcome = 'stored' | 'fresh' | 'not_for_role' | 'failed';

interface SnapshotDeps extends ReportSession {
  store: Store;
  profile: Pick<ProfileMeta, 'role'>;
  log: Logger;
  now?: () => Date;
  /** Told when a new snapshot is stored, so the page reads it again. */
  onStored?: () => void;
}

export class ReportSnapshotSync {
  private readonly deps: SnapshotDeps;
  /** The last attempt, stored or not: a server that fails is not asked again at every pull. */
  private lastAttempt: number | null = null;

  constructor(deps: SnapshotDeps) {
    this.deps = deps;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Called after each successful pull; never throws (a report is not worth failing a sync for). */
  async afterPull(): Promise<SnapshotOutcome> {
    // Trainers have no reports: the server refuses them.
    if (this.deps.profile.role === 'trainer') return 'not_for_role';
    const now = this.now().getTime();
    const held = this.deps.store.reportSnapshots.fetchedAt();
    const last = Math.max(this.lastAttempt ?? -Infinity, held === null ? -Infinity : Date.parse(held));
    if (now - last < SNAPSHOT_EVERY_MS) return 'fresh';
    this.lastAttempt = now;
    let snapshots: ReportSnapshots;
    try {
      snapshots = await fetchReportSnapshots(this.deps);
    } catch (error) {
      const kept = held === null ? 'none held yet' : `the one fetched at ${held} is kept`;
      this.deps.log.log('warn', `Reports snapshot not updated (${kept}): ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    }
    this.deps.store.reportSnapshots.put(snapshots, new Date(now).toISOString());
    this.deps.onStored?.();
    return 'stored';
  }
}
