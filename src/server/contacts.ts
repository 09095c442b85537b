// Every authenticated call is a sign of life: it keeps the caller's last contact, from which a
// quiet console counts as away (src/shared/presence.ts). Writing on every call would put a write
// behind each pull, so a user's contact is stored at most once per CONTACT_EVERY_MS of the
// server's clock; that is far inside the 90 s after which presence goes stale. A call after more
// than those 90 s of silence is written at once, with the spell it ends, so the presence keeps it
// as away: the gap is measured from the true last call, which the stored contact may trail by up
// to CONTACT_EVERY_MS.
import type { Clock } from './clock.ts';
import type { Team } from './store/repositories.ts';
import { isStale } from '../shared/presence.ts';

export const CONTACT_EVERY_MS = 15_000;

export class LastContacts {
  /** When each user's contact was last stored. */
  private readonly written = new Map<string, number>();
  /** When each user last called, stored or not. */
  private readonly heard = new Map<string, number>();

  private readonly team: Pick<Team, 'touch' | 'lastContact'>;
  private readonly clock: Clock;

  constructor(team: Pick<Team, 'touch' | 'lastContact'>, clock: Clock) {
    this.team = team;
    this.clock = clock;
  }

  async seen(username: string): Promise<void> {
    const now = this.clock.now();
    const previous = await this.previousCall(username, now);
    this.heard.set(username, now.getTime());
    if (previous !== null && isStale(previous, now)) {
      this.written.set(username, now.getTime());
      await this.team.touch(username, now.toISOString(), previous);
      return;
    }
    const last = this.written.get(username);
    // A trainer may move the sandbox's clock back: a contact "from the future" is written again.
    if (last !== undefined && now.getTime() - last < CONTACT_EVERY_MS && now.getTime() >= last) return;
    this.written.set(username, now.getTime());
    await this.team.touch(username, now.toISOString());
  }

  /**
   * The caller's last call before this one. This node's memory serves while it is recent; when it
   * is stale (or empty, after a restart), the stored contact is read too: the console may have
   * been calling another node of an organisation's server all along.
   */
  private async previousCall(username: string, now: Date): Promise<string | null> {
    const heard = this.heard.get(username);
    const mine = heard === undefined ? null : new Date(heard).toISOString();
    if (mine !== null && !isStale(mine, now)) return mine;
    const stored = await this.team.lastContact(username);
    return mine === null || (stored !== null && stored > mine) ? stored : mine;
  }

  /** A presence was just stored with its own contact. */
  wrote(username: string, at: Date): void {
    this.written.set(username, at.getTime());
    this.heard.set(username, at.getTime());
  }

  /** After a reseed the stored contacts are gone: write the next ones at once. */
  forget(): void {
    this.written.clear();
    this.heard.clear();
  }
}
