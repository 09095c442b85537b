// The presence this console says to the central API: available, busy or away. Sent by main as
// soon as it is chosen, never through the outbox: the server stamps a presence when it arrives,
// so one replayed later would say the agent was busy at a time they were not. A presence that
// could not be sent (offline) is said again once a sync succeeds. The choice is kept in the
// profile, so a restart says it again; a profile that never chose one starts available.
import { readProfile, writeProfile } from '../profiles.ts';
import type { PresenceState } from '../../shared/presence.ts';
import type { PresenceStatus } from '../../shared/team-view.ts';
import type { ApiClient } from '../sync/api-client.ts';

export class PresenceReporter {
  private state: PresenceState;
  private at: string | null = null;
  private pending = true;
  private sending: Promise<void> | null = null;
  private readonly api: Pick<ApiClient, 'presence'>;
  private readonly profileDir: string;
  private readonly changed: () => void;

  constructor(api: Pick<ApiClient, 'presence'>, profileDir: string, changed: () => void = () => undefined) {
    this.api = api;
    this.profileDir = profileDir;
    this.changed = changed;
    this.state = readProfile(profileDir).presence ?? 'available';
  }

  status(): PresenceStatus {
    return { state: this.state, at: this.at, pending: this.pending };
  }

  /** The user chose a presence: kept in the profile and sent now (or once back online). */
  async choose(state: PresenceState): Promise<PresenceStatus> {
    this.state = state;
    this.pending = true;
    writeProfile(this.profileDir, { ...readProfile(this.profileDir), presence: state });
    this.changed();
    await this.flush();
    return this.status();
  }

  /** Sends the chosen presence if the server has not confirmed it yet; never throws (it stays pending). */
  async flush(): Promise<void> {
    while (this.pending) {
      if (this.sending) {
        await this.sending;
        continue;
      }
      const state = this.state;
      const sending = this.api.presence(state).then((answer) => {
        if (this.state !== state) return true;
        this.at = answer.at;
        this.pending = false;
        this.changed();
        return true;
      }, () => false);
      this.sending = sending.then(() => {
        this.sending = null;
      });
      // Offline or refused: it stays pending, for the next successful sync.
      if (!(await sending)) return;
    }
  }
}
