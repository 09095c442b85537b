import { describe, expect, it } from 'vitest';
import { agentsOf, agentsOfMyTeams } from './team-members.ts';

const people = [
  { username: 'sofia', role: 'supervisor', team: null, supervises: ['soporte', 'ventas'] },
  { username: 'valeria', role: 'supervisor', team: null, supervises: ['soporte'] },
  { username: 'lucia', role: 'agent', team: 'soporte', supervises: [] },
  { username: 'mateo', role: 'agent', team: 'ventas', supervises: [] },
  { username: 'nadie', role: 'agent', team: null, supervises: [] },
  { username: 'diego', role: 'trainer', team: 'soporte', supervises: [] },
];

describe('the agents of a supervisor’s teams', () => {
  it('are the agents on the teams they supervise, not the trainer on one nor an agent without a team', () => {
    expect(agentsOfMyTeams(people, 'sofia').map((p) => p.username)).toEqual(['lucia', 'mateo']);
    expect(agentsOfMyTeams(people, 'valeria').map((p) => p.username)).toEqual(['lucia']);
    expect(agentsOf(people, ['ventas']).map((p) => p.username)).toEqual(['mateo']);
  });

  it('are none for an agent, a trainer or someone unknown', () => {
    expect(agentsOfMyTeams(people, 'lucia')).toEqual([]);
    expect(agentsOfMyTeams(people, 'diego')).toEqual([]);
    expect(agentsOfMyTeams(people, 'ghost')).toEqual([]);
  });
});
