// Every authenticated call is a sign of life: it keeps the caller's last contact, from which a
// quiet console counts as away (src/shared/presence.ts). Writing on every call would put a write
// behind each pull, so a user's contact is stored at most once per CONTACT_EVERY_MS of the
// server's clock; that is far inside the 90 s after which presence goes stale.
import type { Clock } from './clock.ts';
import type { Team } from './store/repositories.ts';

export const CONTACT_EVERY_MS = 15_000;

export class LastContacts {
  private readonly written = new Map<string, number>();

  private readonly team: Pick<Team, 'touch'>;
  private readonly clock: Clock;

  constructor(team: Pick<Team, 'touch'>, clock: Clock) {
    this.team = team;
    this.clock = clock;
  }

  async seen(username: string): Promise<void> {
    const now = this.clock.now();
    const last = this.written.get(username);
    // A trainer may move the sandbox's clock back: a contact "from the future" is written again.
    if (last !== undefined && now.getTime() - last < CONTACT_EVERY_MS && now.getTime() >= last) return;
    this.written.set(username, now.getTime());
    await this.team.touch(username, now.toISOString());
  }

  /** A presence was just stored with its own contact. */
  wrote(username: string, at: Date): void {
    this.written.set(username, at.getTime());
  }

  /** After a reseed the stored contacts are gone: write the next ones at once. */
  forget(): void {
    this.written.clear();
  }
}
