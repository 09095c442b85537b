// Plays a class's script: each step whose minute came fires once per trainee (the registry
// records it first, so a restart never fires it twice), follow-ups come when nobody answered,
// and the class finishes by itself at its length. Called on a timer and after a trainer's jump.
import { prepared } from '../prepared.ts';
import type { ClassClock } from './class-clock.ts';
import type { ClassRegistry, FiredRow } from './registry.ts';
import type { ClassScript, ClassStep, MessageStep } from './script.ts';
import type { World } from './world.ts';

export interface LiveTrainee {
  username: string;
  name: string;
  world: World<ClassClock>;
}

export interface LiveClass {
  id: string;
  script: ClassScript;
  clock: ClassClock;
  trainees: LiveTrainee[];
}

const MINUTE = 60_000;
/** The whole class, in the registry's `username` column (clock steps). */
export const WHOLE_CLASS = '';

/**
 * Fires what is due by the class's elapsed time (a jump moves it while paused too); finishes the
 * class at its length. Returns whether anything changed.
 */
export async function playDue(live: LiveClass, registry: ClassRegistry): Promise<boolean> {
  const { clock, script } = live;
  if (clock.state === 'finished') return false;
  const limit = script.durationMinutes * MINUTE;
  const finishing = clock.elapsedMs() >= limit;
  if (finishing) clock.setElapsed(limit);
  const elapsed = clock.elapsedMs();
  let changed = false;
  const fired = firedIndex(registry.fired(live.id));
  for (const step of [...script.steps].sort((a, b) => a.at - b.at)) {
    if (step.at * MINUTE > elapsed) break;
    if (step.kind === 'clock') {
      if (fired.has(key(WHOLE_CLASS, step.id, 'clock'))) continue;
      const at = clock.readingAt(step.at * MINUTE).toISOString();
      if (registry.recordFired({ classId: live.id, username: WHOLE_CLASS, stepId: step.id, kind: 'clock', caseId: null, at })) {
        clock.jumpTo(step.to, step.at * MINUTE);
        changed = true;
      }
      continue;
    }
    for (const trainee of live.trainees) {
      if (fired.has(key(trainee.username, step.id, 'step'))) continue;
      changed = (await fireStep(live, registry, trainee, step, fired)) || changed;
    }
  }
  for (const step of script.steps) {
    if (step.kind !== 'message' || !step.followUp || (step.at + step.followUp.afterMinutes) * MINUTE > elapsed) continue;
    for (const trainee of live.trainees) changed = (await followUp(live, registry, trainee, step, fired)) || changed;
  }
  if (finishing) clock.setState('finished');
  if (changed || finishing) registry.saveClock(live.id, clock.saved());
  return changed || finishing;
}

type FiredIndex = Map<string, FiredRow>;
const key = (username: string, stepId: string, kind: FiredRow['kind']) => `${username}\n${stepId}\n${kind}`;
const firedIndex = (rows: FiredRow[]): FiredIndex => new Map(rows.map((r) => [key(r.username, r.stepId, r.kind), r]));

async function fireStep(live: LiveClass, registry: ClassRegistry, trainee: LiveTrainee, step: Exclude<ClassStep, { kind: 'clock' }>, fired: FiredIndex): Promise<boolean> {
  const row: FiredRow = { classId: live.id, username: trainee.username, stepId: step.id, kind: 'step', caseId: null, at: live.clock.now().toISOString() };
  if (!registry.recordFired(row)) return false;
  fired.set(key(row.username, row.stepId, row.kind), row);
  const earlier = step.case === undefined ? undefined : fired.get(key(trainee.username, step.case, 'step'))?.caseId ?? undefined;
  const { controls } = trainee.world;
  try {
    if (step.kind === 'message') {
      const assignTo = step.assignTo === 'colleague' ? live.script.colleague.username : trainee.username;
      const { caseId } = await controls.inbound({ channel: step.channel, customer: step.customer, text: step.text, caseId: earlier, assignTo: earlier ? undefined : assignTo });
      row.caseId = caseId;
    } else if (earlier !== undefined) {
      const to = step.to === 'colleague' ? live.script.colleague.username : trainee.username;
      await controls.assign({ caseId: earlier, to });
      row.caseId = earlier;
    }
  } catch (error) {
    // Recorded all the same: a step that cannot fire for this trainee must not be tried on every tick.
    console.error(`Class ${live.id}: step ${step.id} for ${trainee.username} did not fire: ${error instanceof Error ? error.message : String(error)}`);
  }
  registry.setFiredCase(row);
  trainee.world.pokes.poke();
  return true;
}

/** The customer writes again in the step's case when no agent replied since the step's message. */
async function followUp(live: LiveClass, registry: ClassRegistry, trainee: LiveTrainee, step: MessageStep, fired: FiredIndex): Promise<boolean> {
  const original = fired.get(key(trainee.username, step.id, 'step'));
  if (!original?.caseId || fired.has(key(trainee.username, step.id, 'follow_up')) || !step.followUp) return false;
  const { db, controls } = trainee.world;
  const replied = prepared(db, "SELECT 1 FROM messages WHERE case_id = ? AND kind = 'reply' AND sent_at >= ?").get(original.caseId, original.at) !== undefined;
  if (replied) return false;
  const row: FiredRow = { classId: live.id, username: trainee.username, stepId: step.id, kind: 'follow_up', caseId: original.caseId, at: live.clock.now().toISOString() };
  if (!registry.recordFired(row)) return false;
  fired.set(key(row.username, row.stepId, row.kind), row);
  const { text } = step.followUp;
  try {
    await controls.inbound({ channel: step.channel, customer: step.customer, text, caseId: original.caseId });
  } catch (error) {
    console.error(`Class ${live.id}: follow-up of ${step.id} for ${trainee.username} did not fire: ${error instanceof Error ? error.message : String(error)}`);
  }
  trainee.world.pokes.poke();
  return true;
}
