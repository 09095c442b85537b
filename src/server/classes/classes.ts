// The classes of one sandbox server: which are open, starting one, the trainer's controls and
// messages (trainer-actions.ts), the trainees' sign-in (trainee-sign-in.ts), which world a
// trainee's token belongs to, and the clock's timer that plays the scripts (runner.ts). What the
// classes are survives a restart in the main store (registry.ts); the trainees' stores are files
// beside it (open-class.ts).
import { randomInt } from 'node:crypto';
import type { LoginResponse } from '../../protocol/auth.ts';
import type { ClassControlRequest, ClassMessageRequest, ClassMessageResponse, ClassStartResponse, ClassSummary } from '../../shared/classes/wire.ts';
import type { Faults } from '../faults.ts';
import { HttpError } from '../http.ts';
import type { SessionLifetimes, SignInDesk } from '../routes/auth.ts';
import type { Api } from '../routes/route.ts';
import type { SandboxDb } from '../schema.ts';
import { ClassScriptError, CLASS_SCRIPT_DIR, loadClassScript, parseScriptSchema } from './load-script.ts';
import { classFinished, closeClass, openClass, type Live, type OpenClassOptions } from './open-class.ts';
import { ClassRegistry, type ClassRow } from './registry.ts';
import { playDue, type LiveTrainee } from './runner.ts';
import type { ClassScript } from './script.ts';
import { moveClock, sendMessage } from './trainer-actions.ts';
import { joinWithCode, signInTrainee, type TraineeDesk } from './trainee-sign-in.ts';
import { hashPassword, newPassword, traineeUsername } from './trainees.ts';
import type { World } from './world.ts';

export type { Live } from './open-class.ts';

export interface ClassesOptions {
  /** The main store, which keeps the registry. */
  db: SandboxDb;
  /** Where trainees' stores go (under `classes/`); omitted, they live in memory. */
  dataDir?: string;
  scriptDir?: string;
  scenarioDir?: string;
  faults: Faults;
  heartbeatMs?: number;
  sessions?: SessionLifetimes;
}

const MINUTE = 60_000;
/** How often a running class looks for due steps, in real time (a scenario minute at ×5 is 12 s). */
const TICK_MS = 250;
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

const said = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class Classes implements SignInDesk {
  readonly registry: ClassRegistry;
  private readonly options: ClassesOptions;
  private readonly live = new Map<string, Live>();
  private readonly trainees = new Map<string, { live: Live; trainee: LiveTrainee }>();
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private listening = false;
  private busy = false;
  private readonly opening: OpenClassOptions;
  private readonly desk: TraineeDesk;

  private constructor(options: ClassesOptions) {
    this.options = options;
    this.registry = new ClassRegistry(options.db);
    this.opening = options;
    this.desk = { registry: this.registry, find: (username) => this.trainees.get(username), sessions: options.sessions };
  }

  /** The classes the store holds, their trainees' stores reopened. */
  static async open(options: ClassesOptions): Promise<Classes> {
    const classes = new Classes(options);
    // Each on its own: a class that cannot reopen is left out, said in the log, and the others run.
    for (const row of classes.registry.classes().reverse()) {
      try {
        await classes.reopen(row);
      } catch (error) {
        console.error(`Class ${row.id} (${row.scenario}) is unavailable: ${said(error)}`);
      }
    }
    return classes;
  }

  /** Starts the clock's timer and the trainees' event streams' heartbeats. */
  listen(): void {
    this.listening = true;
    for (const { trainee } of this.trainees.values()) trainee.world.pokes.start();
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.chain;
    for (const live of this.live.values()) {
      if (live.clock.state === 'running') this.registry.saveClock(live.id, live.clock.saved());
    }
    for (const live of this.live.values()) closeClass(live);
  }

  list(): Live[] {
    return [...this.live.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  find(classId: string): Live {
    const live = this.live.get(classId);
    if (!live) throw new HttpError(404, 'class_not_found', `No class ${classId}`);
    return live;
  }

  traineeOf(live: Live, username: string): LiveTrainee {
    const found = live.trainees.find((t) => t.username === username);
    if (!found) throw new HttpError(404, 'trainee_not_found', `No trainee ${username} in class ${live.id}`);
    return found;
  }

  summary(live: Live): ClassSummary {
    const joined = new Set(this.registry.trainees(live.id).filter((t) => t.joinedAt !== null).map((t) => t.username));
    return {
      classId: live.id, scenario: live.scenario, title: live.script.title, language: live.script.language, state: live.clock.state,
      speed: live.clock.speed, createdAt: live.createdAt, now: live.clock.now().toISOString(),
      elapsedMinutes: live.clock.elapsedMs() / MINUTE, durationMinutes: live.script.durationMinutes,
      trainees: live.trainees.map((t) => ({ name: t.name, username: t.username, joined: joined.has(t.username) })),
    };
  }

  async start(request: { scenario: string; trainees: string[]; speed: 1 | 2 | 5 }): Promise<ClassStartResponse> {
    const script = this.script(request.scenario);
    const id = Array.from({ length: 10 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');
    const taken = new Set<string>();
    const credentials = request.trainees.map((name) => {
      const username = traineeUsername(name, id, (u) => taken.has(u) || this.registry.takenUsername(u));
      taken.add(username);
      return { name, username, password: newPassword() };
    });
    const row: ClassRow = {
      id, scenario: request.scenario, script: JSON.stringify(script), createdAt: new Date().toISOString(),
      state: 'ready', speed: request.speed, elapsedMs: 0, shiftMs: 0,
    };
    const live = await openClass(this.opening, row, script, credentials, true);
    this.registry.addClass(row, credentials.map((c, position) => ({ username: c.username, classId: id, name: c.name, position, passwordHash: hashPassword(c.password) })));
    this.adopt(live);
    return { classId: id, trainees: credentials } satisfies ClassStartResponse;
  }

  async control(request: ClassControlRequest): Promise<ClassSummary> {
    const live = this.unfinished(request.classId);
    const jumpStopped = moveClock(live, request);
    this.registry.saveClock(live.id, live.clock.saved());
    // Steps a jump passed fire before the trainer hears back, a paused class's included.
    await this.play(live);
    return { ...this.summary(live), ...(jumpStopped ? { jumpStopped } : {}) };
  }

  message(request: ClassMessageRequest): Promise<ClassMessageResponse> {
    const live = this.unfinished(request.classId);
    return sendMessage(live, this.registry, request, request.trainee === null ? null : this.traineeOf(live, request.trainee));
  }

  // SignInDesk
  trainee(username: string, password: string, deviceId: string | null): Promise<LoginResponse | null> {
    return signInTrainee(this.desk, username, password, deviceId);
  }

  /** `POST /v1/classes/join`: the code is the trainee's one-time password. */
  join(code: string, deviceId: string | null): Promise<LoginResponse> {
    return joinWithCode(this.desk, code, deviceId);
  }

  worldOf(token: string): Api | undefined {
    return this.worldOfToken(token)?.api;
  }

  /** The trainee's world a token was issued on, by its prefix (`username.`); undefined for the main world's. */
  worldOfToken(token: string | undefined): World | undefined {
    const dot = token?.indexOf('.') ?? -1;
    if (token === undefined || dot < 0) return undefined;
    return this.trainees.get(token.slice(0, dot))?.trainee.world;
  }

  private unfinished(classId: string): Live {
    const live = this.find(classId);
    if (live.clock.state === 'finished') throw classFinished(classId, 'it takes no more controls nor messages');
    return live;
  }

  private script(name: string): ClassScript {
    try {
      return loadClassScript(name, this.options.scriptDir ?? CLASS_SCRIPT_DIR, { scenarioDir: this.options.scenarioDir });
    } catch (error) {
      throw new HttpError(400, 'invalid_script', error instanceof ClassScriptError ? error.message : `${name}.json: ${said(error)}`);
    }
  }

  private async reopen(row: ClassRow): Promise<void> {
    const script = parseScriptSchema(JSON.parse(row.script), `${row.scenario}.json`);
    const trainees = this.registry.trainees(row.id);
    this.adopt(await openClass(this.opening, row, script, trainees, false));
  }

  private adopt(live: Live): void {
    this.live.set(live.id, live);
    for (const trainee of live.trainees) {
      this.trainees.set(trainee.username, { live, trainee });
      if (this.listening) trainee.world.pokes.start();
    }
  }

  /** Plays a class's due steps, one class at a time (a tick and a trainer's jump never fire the same step together). */
  private play(live: Live): Promise<boolean> {
    const run = this.chain.then(() => playDue(live, this.registry));
    this.chain = run.catch((error: unknown) => console.error(`Class ${live.id}: ${said(error)}`));
    return run;
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (const live of this.live.values()) {
        if (live.clock.state !== 'running') continue;
        await this.play(live).catch(() => false);
        // Saved as it runs, so a restart goes on from about here.
        if (live.clock.running) this.registry.saveClock(live.id, live.clock.saved());
      }
    } finally {
      this.busy = false;
    }
  }
}
