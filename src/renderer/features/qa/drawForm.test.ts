import { describe, expect, it } from 'vitest';
import { drawInput, EMPTY_DRAW } from './drawForm.ts';

describe('drawInput', () => {
  it('leaves the period and the seed to the server when empty', () => {
    expect(drawInput({ ...EMPTY_DRAW, team: ' soporte ' })).toEqual({ team: 'soporte', perAgent: 5, by: ['channel'] });
  });

  it('takes whole local days, the end day included, and a list of agents', () => {
    const input = drawInput({ ...EMPTY_DRAW, mode: 'agents', agents: 'lucia, mateo,', from: '2026-03-01', to: '2026-03-31', seed: 'x1', perAgent: '3' });
    expect(input).toMatchObject({ agents: ['lucia', 'mateo'], perAgent: 3, seed: 'x1' });
    expect(new Date(input.from!).getDate()).toBe(1);
    expect(new Date(input.to!).getDate()).toBe(1);
    expect(new Date(input.to!).getMonth()).toBe(3);
  });
});
