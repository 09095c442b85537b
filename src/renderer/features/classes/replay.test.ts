import { describe, expect, it } from 'vitest';
import type { ClassTimeline } from '../../../shared/classes/wire.ts';
import { replayAt, replayLength, scenarioTimeAt } from './replay.ts';

// A 40-minute Monday: starts at 07:50, the clock jumps to 09:00 at minute 9 and to 22:10 at minute 27.
const timeline: ClassTimeline = {
  classId: 'c1',
  startsAt: '2026-03-09T10:50:00.000Z',
  endsAt: '2026-03-10T01:23:00.000Z',
  durationMinutes: 40,
  events: [
    { at: '2026-03-10T01:13:00.000Z', minute: 30, trainee: 'beto-k7p2', kind: 'reply', caseId: 'k2', text: 'Hola' },
    { at: '2026-03-09T12:18:00.000Z', minute: 27, trainee: null, kind: 'clock', caseId: null, step: 'cierra', to: '2026-03-10T01:10:00.000Z' },
    { at: '2026-03-09T10:55:00.000Z', minute: 5, trainee: 'ana-k7p2', kind: 'step', caseId: 'k1', step: 'baja' },
    { at: '2026-03-09T10:55:00.000Z', minute: 5, trainee: 'ana-k7p2', kind: 'customer', caseId: 'k1', text: 'Quiero la BAJA' },
    { at: '2026-03-09T10:59:00.000Z', minute: 9, trainee: null, kind: 'clock', caseId: null, step: 'abre', to: '2026-03-09T12:00:00.000Z' },
    { at: '2026-03-09T12:00:40.000Z', minute: 9 + 40 / 60, trainee: 'ana-k7p2', kind: 'reply', caseId: 'k1', text: 'Hola, soy Ana' },
    { at: '2026-03-09T12:05:00.000Z', minute: 14, trainee: 'ana-k7p2', kind: 'status', caseId: 'k1', status: 'resolved' },
  ],
};
const trainees = ['ana-k7p2', 'beto-k7p2'];

describe('the replay of a finished class', () => {
  it('spans the class’s minutes, not the hours its clock jumped', () => {
    expect(replayLength(timeline)).toBe(40);
  });

  it('shows what each trainee had done by the minute, in the order it happened', () => {
    const at9 = replayAt(timeline, trainees, 9);
    expect(at9.classEvents.map((e) => e.step)).toEqual(['abre']);
    // The reply 40 seconds into minute 9 counts as minute 9's.
    expect(at9.byTrainee.get('ana-k7p2')?.map((e) => e.kind)).toEqual(['step', 'customer', 'reply']);
    expect(at9.byTrainee.get('beto-k7p2')).toEqual([]);
    const at30 = replayAt(timeline, trainees, 30);
    expect(at30.classEvents.map((e) => e.step)).toEqual(['abre', 'cierra']);
    expect(at30.byTrainee.get('ana-k7p2')?.at(-1)).toMatchObject({ kind: 'status', status: 'resolved' });
    expect(at30.byTrainee.get('beto-k7p2')?.map((e) => e.text)).toEqual(['Hola']);
  });

  it('shows nothing before the first event', () => {
    const start = replayAt(timeline, ['ana-k7p2'], 0);
    expect(start.classEvents).toEqual([]);
    expect(start.byTrainee.get('ana-k7p2')).toEqual([]);
  });

  it('reads each minute as the scenario time the clock showed, jumps included', () => {
    const at = (minute: number) => new Date(scenarioTimeAt(timeline, minute)).toISOString();
    expect(at(0)).toBe('2026-03-09T10:50:00.000Z');
    expect(at(8)).toBe('2026-03-09T10:58:00.000Z');
    expect(at(9)).toBe('2026-03-09T12:00:00.000Z');
    expect(at(20)).toBe('2026-03-09T12:11:00.000Z');
    expect(at(27)).toBe('2026-03-10T01:10:00.000Z');
    expect(at(40)).toBe('2026-03-10T01:23:00.000Z');
  });
});
