// The console without a window: which profile is open, its services, and every operation of
// the IPC contract. The Electron shell and the browser harness both drive this class.
import type { Session } from '../../shared/contract.ts';
import type { AppEvent, EntityName } from '../../shared/events.ts';
import { openEmbeddedSandbox, sandboxAgentOf, sandboxProfileId, type EmbeddedSandbox } from '../embedded-sandbox.ts';
import type { MainLanguage } from '../../shared/i18n/main.ts';
import type { Logger } from '../log.ts';
import { keepOutOfGit } from '../../node/data-dir.ts';
import { profileDirName } from '../profiles.ts';
import { joinClass, Services, signIn } from '../services.ts';
import { saveLanguage, savedLanguage } from './language.ts';
import { CaseNotifier, type CaseNotice } from './notifier.ts';
import { lastProfile, listProfiles, profileDirOf, rememberProfile } from './profile-list.ts';
import { CodedError } from '../../shared/errors.ts';
import { transportOf } from '../../shared/transport.ts';
import { CacheLockedError, maxOfflineDays } from '../retention/offline-limit.ts';

export interface ControllerOptions {
  profilesRoot: string;
  /** Where scenario files live for the embedded sandbox (a packaged app passes its resources). */
  scenarioDir?: string;
  emit: (event: AppEvent) => void;
  notify?: (notice: CaseNotice) => void;
  log?: Logger;
  /** The OS locale (e.g. `es-AR`): main's language until the agent picks one in the window. */
  osLocale?: string;
  /** Called when the agent picks another language, so the tray can follow. */
  onLanguage?: (language: MainLanguage) => void;
}

export class ConsoleController {
  private services: Services | null = null;
  private sandbox: EmbeddedSandbox | null = null;
  private notifier: CaseNotifier | null = null;
  private readonly options: ControllerOptions;
  private chosenLanguage: MainLanguage;

  constructor(options: ControllerOptions) {
    this.options = options;
    keepOutOfGit(options.profilesRoot);
    this.chosenLanguage = savedLanguage(options.profilesRoot, options.osLocale);
  }

  /** The language of the console's UI, for what main shows outside the window. */
  get language(): MainLanguage {
    return this.chosenLanguage;
  }

  setLanguage(language: MainLanguage): void {
    if (language === this.chosenLanguage) return;
    this.chosenLanguage = language;
    saveLanguage(this.options.profilesRoot, language);
    this.options.onLanguage?.(language);
  }

  /** The open profile's services; operations on cases need one. */
  get current(): Services {
    if (!this.services) throw new CodedError('no_profile', 'No profile is open: choose one first');
    // Past the offline limit nothing of the cache is shown, until the agent signs in again.
    if (this.services.engine.locked) throw new CacheLockedError(maxOfflineDays(this.services.store));
    return this.services;
  }

  /** Reopens the profile used last time, if any (the first run has none). */
  async resume(): Promise<Session> {
    const last = lastProfile(this.options.profilesRoot);
    if (last === null || !listProfiles(this.options.profilesRoot).some((p) => p.id === last)) return this.session();
    return this.switchProfile(last);
  }

  session(): Session {
    const profiles = listProfiles(this.options.profilesRoot);
    const services = this.services;
    if (!services) return { profile: null, status: null, profiles };
    const id = services.profile.sandbox ? sandboxProfileId(services.profile.username) : profileDirName(services.profile.server, services.profile.username);
    const { server, username, agentName, sandbox, role, classTitle } = services.profile;
    const cleartext = transportOf(server) === 'training';
    const training = sandbox || services.profile.training;
    return { profile: { id, server, username, agentName, sandbox, role, cleartext, training, classTitle }, status: services.engine.status, profiles };
  }

  /** Opens the training sandbox as `agent`, a user of its scenario (lucia by default). */
  async openSandbox(agent?: string): Promise<Session> {
    const same = this.sandbox && (agent === undefined || agent === this.sandbox.services.profile.username);
    // A locked sandbox profile opens again, which signs it in again.
    if (same && !this.sandbox?.services.engine.locked) return this.session();
    // The new profile opens before the current one closes: a failure leaves the agent where they were.
    const sandbox = await openEmbeddedSandbox({
      profilesRoot: this.options.profilesRoot,
      ...(agent === undefined ? {} : { agent }),
      emit: (event) => this.onEvent(event),
      onRevoked: (wiped) => this.revoked(wiped),
      ...(this.options.scenarioDir ? { scenarioDir: this.options.scenarioDir } : {}),
    });
    await this.closeCurrent();
    this.sandbox = sandbox;
    this.attach(sandbox.services, sandboxProfileId(sandbox.services.profile.username));
    return this.session();
  }

  /** Syncs now if a profile is open (the tray offers it even on the first-run screen). */
  syncNow(): void {
    void this.services?.syncOnce().catch(() => undefined); // the outcome arrives as a sync event
  }

  async connect(input: { server: string; username: string; password: string }): Promise<Session> {
    const id = profileDirName(input.server, input.username);
    const dir = profileDirOf(this.options.profilesRoot, id);
    await signIn({ server: input.server, username: input.username, password: input.password, profileDir: dir });
    return this.switchProfile(id);
  }

  /** A trainee joins a class with its one-time code; their profile is named after the username the server gives them. */
  async joinClass(input: { server: string; code: string }): Promise<Session> {
    const idOf = (username: string) => profileDirName(input.server, username);
    const { profile } = await joinClass({ ...input, profileDirOf: (username) => profileDirOf(this.options.profilesRoot, idOf(username)) });
    return this.switchProfile(idOf(profile.username));
  }

  async switchProfile(id: string): Promise<Session> {
    const sandboxAgent = sandboxAgentOf(id);
    if (sandboxAgent !== null) return this.openSandbox(sandboxAgent);
    const dir = profileDirOf(this.options.profilesRoot, id);
    const services = await Services.open({
      profileDir: dir,
      emit: (event) => this.onEvent(event),
      onRevoked: (wiped) => this.revoked(wiped),
      ...(this.options.log ? { log: this.options.log } : {}),
    });
    await this.closeCurrent();
    services.startBackgroundSync();
    this.attach(services, id);
    return this.session();
  }

  /** Signing out ends the session on the server (best effort) and removes the profile's data from this computer. */
  async signOut(): Promise<Session> {
    const services = this.services;
    if (services) {
      await services.logout();
      await this.closeCurrent();
      await services.wipe();
    }
    rememberProfile(this.options.profilesRoot, null);
    this.options.emit({ type: 'changed', entities: ['case', 'message', 'outbox'] });
    return this.session();
  }

  /** Tells the window that local-only data changed (read markers, dismissed changes). */
  announce(entities: EntityName[]): void {
    this.options.emit({ type: 'changed', entities });
  }

  async close(): Promise<void> {
    await this.closeCurrent();
  }

  private attach(services: Services, id: string): void {
    this.services = services;
    this.notifier = new CaseNotifier(services.store, services.profile.username);
    this.notifier.check(true);
    rememberProfile(this.options.profilesRoot, id);
    this.options.emit({ type: 'sync', status: services.engine.status });
    this.options.emit({ type: 'changed', entities: ['case', 'message', 'outbox'] });
  }

  /**
   * A revoked device's services closed themselves and are wiping their profile: let go of them
   * at once (a call meanwhile answers `no_profile`, not a closed database), then, once the data
   * is gone, go back to the first run and tell the window.
   */
  private revoked(wiped: Promise<void>): void {
    const sandbox = this.sandbox;
    this.sandbox = null;
    this.services = null;
    this.notifier = null;
    void (async () => {
      await wiped.catch((error: unknown) => this.options.log?.log('error', 'wiping a revoked profile failed', { reason: String(error) }));
      await sandbox?.close();
      rememberProfile(this.options.profilesRoot, null);
      this.options.emit({ type: 'session', ended: 'revoked' });
    })();
  }

  private onEvent(event: AppEvent): void {
    this.options.emit(event);
    if (event.type !== 'changed' || !this.notifier || !this.options.notify) return;
    if (!event.entities.includes('case') && !event.entities.includes('message')) return;
    const initialSync = this.services?.engine.status.progress !== null;
    for (const notice of this.notifier.check(initialSync)) this.options.notify(notice);
  }

  private async closeCurrent(): Promise<void> {
    const sandbox = this.sandbox;
    this.sandbox = null;
    this.notifier = null;
    if (sandbox) await sandbox.close();
    else this.services?.close();
    this.services = null;
  }
}
