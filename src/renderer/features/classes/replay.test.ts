import { describe, expect, it } from 'vitest';
import type { ClassTimeline } from '../../../shared/classes/wire.ts';
import { replayAt, replayLength } from './replay.ts';

const timeline: ClassTimeline = {
  classId: 'c1',
  startsAt: '2026-03-02T12:00:00.000Z',
  endsAt: '2026-03-02T13:00:00.000Z',
  events: [
    { at: '2026-03-02T12:20:00.000Z', trainee: 'beto-k7p2', kind: 'reply', caseId: 'k2', text: 'Hola' },
    { at: '2026-03-02T12:05:00.000Z', trainee: null, kind: 'step', caseId: null, text: 'baja' },
    { at: '2026-03-02T12:05:00.000Z', trainee: 'ana-k7p2', kind: 'customer', caseId: 'k1', text: 'Quiero la BAJA' },
    { at: '2026-03-02T12:09:00.000Z', trainee: 'ana-k7p2', kind: 'reply', caseId: 'k1', text: 'Hola, soy Ana' },
  ],
};

describe('the replay of a finished class', () => {
  it('spans the class in scenario minutes', () => {
    expect(replayLength(timeline)).toBe(60);
  });

  it('shows what each trainee had done by the moment, in the order it happened', () => {
    const at10 = replayAt(timeline, ['ana-k7p2', 'beto-k7p2'], 10);
    expect(at10.classEvents.map((e) => e.text)).toEqual(['baja']);
    expect(at10.byTrainee.get('ana-k7p2')?.map((e) => e.kind)).toEqual(['customer', 'reply']);
    expect(at10.byTrainee.get('beto-k7p2')).toEqual([]);
    expect(replayAt(timeline, ['ana-k7p2', 'beto-k7p2'], 20).byTrainee.get('beto-k7p2')?.map((e) => e.text)).toEqual(['Hola']);
  });

  it('shows nothing before the first event', () => {
    const start = replayAt(timeline, ['ana-k7p2'], 0);
    expect(start.classEvents).toEqual([]);
    expect(start.byTrainee.get('ana-k7p2')).toEqual([]);
  });
});
