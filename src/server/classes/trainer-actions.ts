// What a trainer does to a running class: its clock (start, pause, resume, stop, speed, jump) and
// a customer's ad-hoc message to one trainee or to all.
import type { ClassControlRequest, ClassMessageRequest, ClassMessageResponse, ClassSummary } from '../../shared/classes/wire.ts';
import { jumpStop } from './jump.ts';
import type { Live } from './open-class.ts';
import type { ClassRegistry } from './registry.ts';
import type { LiveTrainee } from './runner.ts';

const MINUTE = 60_000;

/** Moves the class's clock as asked; a jump that stopped before a clock step says so. */
export function moveClock(live: Live, request: ClassControlRequest): ClassSummary['jumpStopped'] {
  const { clock } = live;
  switch (request.action) {
    case 'start':
    case 'resume':
      clock.setState('running');
      return undefined;
    case 'pause':
      if (clock.state === 'running') clock.setState('paused');
      return undefined;
    case 'stop':
      clock.setState('finished');
      return undefined;
    case 'speed':
      clock.setSpeed(request.speed);
      return undefined;
    case 'jump': {
      const asked = request.minutes * MINUTE;
      const stop = jumpStop(live.script, clock.elapsedMs(), asked);
      clock.advance(stop?.ms ?? asked);
      return stop ? { askedMinutes: request.minutes, movedMinutes: stop.ms / MINUTE, clockStep: stop.clockStep, clockStepMinute: stop.clockStepMinute } : undefined;
    }
  }
}

/**
 * A customer writes now to one trainee (`to`) or to each (null). To each, it is delivered trainee
 * by trainee: one store failing names that trainee in `failed`, and the others still get it.
 */
export async function sendMessage(live: Live, registry: ClassRegistry, request: ClassMessageRequest, to: LiveTrainee | null): Promise<ClassMessageResponse> {
  if (to !== null) {
    await deliver(live, registry, to, request);
    return { delivered: 1 };
  }
  const failed: string[] = [];
  for (const trainee of live.trainees) {
    try {
      await deliver(live, registry, trainee, request);
    } catch (error) {
      console.error(`Class ${live.id}: the message to ${trainee.username} was not delivered: ${error instanceof Error ? error.message : String(error)}`);
      failed.push(trainee.username);
    }
  }
  return { delivered: live.trainees.length - failed.length, ...(failed.length > 0 ? { failed } : {}) };
}

async function deliver(live: Live, registry: ClassRegistry, trainee: LiveTrainee, request: ClassMessageRequest): Promise<void> {
  const { world } = trainee;
  const { caseId, messageId } = await world.controls.inbound({ channel: request.channel, customer: request.customer, text: request.text, assignTo: trainee.username });
  registry.recordFired({ classId: live.id, username: trainee.username, stepId: messageId, kind: 'message', caseId, at: live.clock.now().toISOString() });
  world.pokes.poke();
}
