import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING, type RoutingDocument } from '../../../shared/routing/document.ts';
import { checked, docOf, formOf, newTeamId, withRule } from './routingForm.ts';

const conecta: RoutingDocument = {
  teams: [
    { id: 'soporte', name: 'Soporte', kind: 'team', members: ['lucia', 'camila'], skills: { languages: ['es'] }, overflow: { afterMinutes: 15, to: 'ventas' } },
    { id: 'ventas', name: 'Ventas', kind: 'team', members: ['mateo'], skills: { topics: ['contratar', 'plan nuevo'], channels: ['instagram_dm'] } },
  ],
  rules: [{ kind: 'influence', minLevel: 'high', seniority: '12m+' }, { kind: 'topic' }, { kind: 'load' }],
};

describe('the routing form', () => {
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
    form.teams[0] = { ...form.teams[0]!, members: ' lucia,, camila , joaquin ', overflowMinutes: ' ' };
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
