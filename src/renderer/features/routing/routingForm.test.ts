import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING, type RoutingDocument } from '../../../shared/routing/document.ts';
import { checked, docOf, formOf, newTeamId, routingWarnings, withRule } from './routingForm.ts';

const conecta: RoutingDocument = {
  teams: [
    { id: 'soporte', name: 'Soporte', kind: 'team', members: ['lucia', 'camila'], skills: { languages: ['es'] }, overflow: { afterMinutes: 15, to: 'ventas' } },
    { id: 'ventas', name: 'Ventas', kind: 'team', members: ['mateo'], skills: { topics: ['contratar', 'plan nuevo'], channels: ['instagram_dm'] } },
  ],
  rules: [{ kind: 'influence', minLevel: 'high', seniority: '12m+' }, { kind: 'topic' }, { kind: 'load' }],
};

describe('the routing form', () => {
  it('refuses a rule named twice, an overflow to an area and an overflow without minutes', () => {
    expect(checked({ ...formOf(conecta), rules: [...conecta.rules, { kind: 'topic' }] }).problem).toMatch(/rule "topic" is named twice/);
    const withArea: RoutingDocument = { ...conecta, teams: [...conecta.teams, { id: 'legales', name: 'Legales', kind: 'area', members: ['ines'], skills: {} }] };
    const toArea = formOf(withArea);
    toArea.teams[0]!.overflowTo = 'legales';
    expect(checked(toArea).problem).toMatch(/"legales" is an area, not a team/);
    const noMinutes = formOf(conecta);
    noMinutes.teams[0]!.overflowMinutes = ' ';
    expect(checked(noMinutes).problem).toMatch(/afterMinutes/);
  });

  it('warns of members who are not agents and of teams with no one, without refusing them', () => {
    const form = formOf(conecta);
    form.teams[1]!.members = '';
    const agents = [{ username: 'lucia', role: 'agent' }, { username: 'camila', role: 'supervisor' }];
    expect(routingWarnings(form, agents)).toEqual([{ kind: 'notAgent', team: 'Soporte', member: 'camila' }, { kind: 'empty', team: 'Ventas' }]);
    expect(checked(form).problem).toBeNull();
  });

  it('adds a rule before load, which ends the rules', () => {
    expect(withRule(conecta.rules, { kind: 'channel' }).map((r) => r.kind)).toEqual(['influence', 'topic', 'channel', 'load']);
    expect(withRule([{ kind: 'topic' }], { kind: 'load' }).map((r) => r.kind)).toEqual(['topic', 'load']);
  });

  it('gives back the document it was made from', () => {
    expect(checked(formOf(conecta))).toEqual({ doc: conecta, problem: null });
    expect(checked(formOf(DEFAULT_ROUTING))).toEqual({ doc: DEFAULT_ROUTING, problem: null });
  });

  it('reads members and topics as comma-separated text, and an empty overflow as none', () => {
    const form = formOf(conecta);
    form.teams[0] = { ...form.teams[0]!, members: ' lucia,, camila , joaquin ', overflowMinutes: ' ', overflowTo: '' };
    const first = (docOf(form) as RoutingDocument).teams[0];
    expect(first).toMatchObject({ members: ['lucia', 'camila', 'joaquin'], skills: { languages: ['es'] } });
    expect(first).not.toHaveProperty('overflow');
  });

  it('says in the schema’s words why a draft cannot be saved', () => {
    const form = formOf(conecta);
    form.teams[0] = { ...form.teams[0]!, overflowTo: 'nadie' };
    expect(checked(form).problem).toMatch(/no team "nadie"/);
    form.teams[0] = { ...form.teams[0], overflowTo: 'ventas', overflowMinutes: 'diez' };
    expect(checked(form).problem).toMatch(/afterMinutes/);
  });

  it('keys a new team by its name, unused', () => {
    expect(newTeamId('Atención VIP', [])).toBe('atencion-vip');
    expect(newTeamId('Soporte', ['soporte', 'soporte-2'])).toBe('soporte-3');
    expect(newTeamId('¡¡!!', [])).toBe('equipo');
  });
});
