// The simulator: "a customer writes on WhatsApp on 24 December at 22:10, Buenos Aires time:
// what happens?" The message is taken as seen the moment it arrives, from a customer nobody
// has answered yet, so only the settings decide: hours, the channel's switch, its texts.
import type { z } from 'zod';
import { decideAutoReply } from '../../shared/autoreply/index.ts';
import type { Simulation, SimulationInput } from '../../shared/business-settings.ts';
import { closedWindowAt, isOpenAt, scheduleFor } from '../../shared/hours/index.ts';
import { instantAt } from '../../shared/hours/wall-clock.ts';
import type { Documents } from './documents.ts';
import { requireTimeZone } from './week.ts';
import { CodedError } from '../../shared/errors.ts';

export function simulate({ hours, replies }: Documents, input: z.input<typeof SimulationInput>): Simulation {
  requireTimeZone(input.timeZone);
  requireTimeZone(input.agentTimeZone);
  const [date = '', time = ''] = input.at.split('T');
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) throw new CodedError('invalid_input', `"${input.at}" is not a date and time`);
  const at = new Date(instantAt(input.timeZone, wall));
  const decision = decideAutoReply({
    caseId: 'simulation',
    channel: input.channel,
    now: at,
    message: { id: 'simulation', sentAt: at, fromCustomer: true, kind: input.kind ?? 'message', noise: false, messageType: null },
    customer: { name: input.customerName, language: input.language, timeZone: input.timeZone },
    senderBlocked: false,
    lastAgentReplyAt: null,
    answeredWindows: new Set(),
  }, hours, replies);
  const schedule = scheduleFor(hours, input.channel);
  const window = closedWindowAt(schedule, at);
  return {
    at: at.toISOString(),
    send: decision.send,
    reason: decision.send ? null : decision.reason,
    text: decision.send ? decision.text : null,
    language: decision.send ? decision.language : null,
    schedule: { id: schedule.id, name: schedule.name, timeZone: schedule.timeZone },
    open: isOpenAt(schedule, at),
    closedSince: window?.start.toISOString() ?? null,
    nextOpening: window?.end?.toISOString() ?? null,
    customerTimeZone: input.timeZone,
    agentTimeZone: input.agentTimeZone,
  };
}
